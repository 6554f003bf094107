# Quiz 8: verify the chain rule by hand for y = sin(x^2) * exp(-x)
import torch

x = torch.tensor(0.7, dtype=torch.float64, requires_grad=True)
y = torch.sin(x ** 2) * torch.exp(-x)
y.backward()
xd = x.detach()
manual = torch.cos(xd ** 2) * 2 * xd * torch.exp(-xd) - torch.sin(xd ** 2) * torch.exp(-xd)
print(x.grad, manual)
print(torch.isclose(x.grad, manual))
