# Issue: "TypeError: unsupported operand" — autograd.grad returns a tuple.
import torch

x = torch.tensor(3.0, requires_grad=True)
g = torch.autograd.grad(x ** 2, x)
print(type(g).__name__, len(g), g)
try:
    g * 2
except TypeError as e:
    print("TypeError:", e)
print(g[0] * 2)
