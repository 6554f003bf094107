# Q: torch.where picks the safe branch but my gradient is still NaN.
import torch

x = torch.tensor([-1.0, 0.0, 2.0], requires_grad=True)
y = torch.where(x > 0, torch.log(x), torch.zeros_like(x))
print(y)
y.sum().backward()
print("naive:", x.grad)
x.grad = None
safe_x = torch.where(x > 0, x, torch.ones_like(x))
y = torch.where(x > 0, torch.log(safe_x), torch.zeros_like(x))
y.sum().backward()
print("double where:", x.grad)
x.grad = None
y = torch.where(x > 0, x.clamp(min=1e-6).log(), torch.zeros_like(x))
y.sum().backward()
print("clamp:", x.grad)
x.grad = None
(torch.sqrt(x.relu()) ).sum().backward()
print(x.grad)
