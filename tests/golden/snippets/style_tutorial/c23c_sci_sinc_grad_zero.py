# sinc and its gradient at 0, and torch.special.sinc as the same function.
import torch

x = torch.tensor([0.0, 0.5, 1.0, 2.5], dtype=torch.float64, requires_grad=True)
y = torch.sinc(x)
print(y.round(decimals=8))
y.sum().backward()
print(x.grad.round(decimals=8))
print(torch.special.sinc is torch.sinc or torch.equal(torch.special.sinc(x), y))
