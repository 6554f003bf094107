# Quiz 43: after zero_grad(), is grad a tensor of zeros?
import torch

gain = torch.nn.Parameter(torch.tensor([2.0, -1.0]))
rms = torch.optim.RMSprop([gain], lr=0.01)
(gain ** 2).mean().backward()
print("before:", gain.grad)
rms.zero_grad()
print("default zero_grad:", gain.grad, gain.grad is None)
(gain ** 2).mean().backward()
rms.zero_grad(set_to_none=False)
print("set_to_none=False:", gain.grad, gain.grad is None)
try:
    gain.grad = torch.zeros(3)
except RuntimeError as err:
    print("RuntimeError:", err)
