# Q: my hook returns the wrong shape.
import torch

x = torch.ones(3, requires_grad=True)
y = x * 2
y.register_hook(lambda g: g.sum())
y.sum().backward()
