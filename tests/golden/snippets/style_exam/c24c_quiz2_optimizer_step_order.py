# Quiz B20: step before backward, backward before zero_grad
import torch

w = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([w], lr=0.5)
opt.step()
print("step with no grad:", w)
(w * 4).sum().backward()
opt.step()
print(w)
(w * 4).sum().backward()
print(w.grad)
opt.step()
print(w)
