# Section 9.8: sinc interpolation weights
import torch

t = torch.tensor([-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5])
w = torch.sinc(t)
print(w)
print(torch.sinc(torch.tensor([0.0], requires_grad=True)).grad_fn.name())
x = torch.tensor([0.0, 0.25], requires_grad=True)
torch.sinc(x).sum().backward()
print(x.grad)
