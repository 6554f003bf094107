# Quiz 65: torch.where and the NaN gradient trap
import torch

x = torch.tensor([-1.0, 0.0, 4.0], requires_grad=True)
y = torch.where(x > 0, x.sqrt(), torch.zeros_like(x))
y.sum().backward()
print(y)
print(x.grad)
x.grad = None
safe = torch.where(x > 0, x, torch.ones_like(x)).sqrt()
torch.where(x > 0, safe, 0.0).sum().backward()
print(x.grad)
