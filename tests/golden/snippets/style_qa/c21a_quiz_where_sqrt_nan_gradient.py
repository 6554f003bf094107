# Quiz: torch.where hides a NaN in the forward pass. Does it hide it in backward?
import torch

x = torch.tensor([-1.0, 4.0], requires_grad=True)
y = torch.where(x > 0, torch.sqrt(x), torch.zeros_like(x))
print(y)
y.sum().backward()
print(x.grad)
x2 = torch.tensor([-1.0, 4.0], requires_grad=True)
safe = torch.where(x2 > 0, x2, torch.ones_like(x2))
torch.where(x2 > 0, torch.sqrt(safe), torch.zeros_like(x2)).sum().backward()
print(x2.grad)
