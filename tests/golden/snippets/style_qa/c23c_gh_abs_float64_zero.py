# Issue: "abs().backward() at 0 gives 0, but my sqrt(x**2) gives nan" in float64.
import torch

x = torch.tensor([0.0, -3.0], dtype=torch.float64, requires_grad=True)
x.abs().sum().backward()
print("abs", x.grad)
x.grad = None
(x ** 2).sqrt().sum().backward()
print("sqrt(x**2)", x.grad)
x.grad = None
torch.sqrt(x ** 2 + 1e-12).sum().backward()
print(x.grad)
