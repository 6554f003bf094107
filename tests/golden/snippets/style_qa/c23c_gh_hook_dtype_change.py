# Issue: "hook returning a double gradient for a float tensor".
import torch

x = torch.ones(2, requires_grad=True)
y = x * 2
y.register_hook(lambda g: g.double())
try:
    y.sum().backward()
    print(x.grad, x.grad.dtype)
except RuntimeError as e:
    print(e)
