# Quiz 40: torch.where and the gradient of the unused branch
import torch

x = torch.tensor([-2.0, 0.0, 4.0], requires_grad=True)
y = torch.where(x > 0, x.sqrt(), torch.zeros_like(x))
y.sum().backward()
print(x.grad)
x2 = torch.tensor([-2.0, 0.0, 4.0], requires_grad=True)
safe = torch.where(x2 > 0, x2, torch.ones_like(x2))
y2 = torch.where(x2 > 0, safe.sqrt(), torch.zeros_like(x2))
y2.sum().backward()
print(x2.grad)
