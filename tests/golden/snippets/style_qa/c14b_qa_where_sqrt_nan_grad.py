# Q: torch.where picks the safe branch but the gradient is still nan (sqrt of a negative number).
import torch

x = torch.tensor([-4.0, 0.0, 1.0, 9.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), torch.zeros_like(x))
print(y)
y.sum().backward()
print(x.grad)
x.grad = None
safe = torch.where(x > 0, x, torch.ones_like(x))
y2 = torch.where(x > 0, torch.sqrt(safe), torch.zeros_like(x))
y2.sum().backward()
print(y2, x.grad)
x.grad = None
z = torch.sqrt(x.clamp(min=1e-12))
z.sum().backward()
print(z, x.grad)
print(torch.isnan(torch.sqrt(torch.tensor(-1.0))), torch.sqrt(torch.tensor(-1.0 + 0j)))
