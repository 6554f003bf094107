# Finite differences and the trapezoid rule are linear: their gradients are constant.
import torch

y = torch.tensor([0.0, 1.0, 4.0, 9.0], requires_grad=True)
dy = torch.diff(y)
print(dy, torch.diff(y, n=2))
dy.sum().backward()
print(y.grad)
y.grad = None
area = torch.trapezoid(y, dx=0.5)
area.backward()
print(area, y.grad)
x = torch.tensor([0.0, 1.0, 3.0, 4.0])
print(torch.trapezoid(y, x), torch.cumulative_trapezoid(y.detach(), x))
