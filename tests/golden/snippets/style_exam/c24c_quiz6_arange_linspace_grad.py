# Quiz F5: grids that require grad and what backward gives
import torch

t = torch.arange(end=3.0, requires_grad=True)
(t * t).sum().backward()
print(t, t.grad)
s = torch.linspace(0, 1, steps=3, requires_grad=True)
s.pow(3).sum().backward()
print(s.grad)
print(torch.logspace(0, 1, steps=2, requires_grad=True).is_leaf)
