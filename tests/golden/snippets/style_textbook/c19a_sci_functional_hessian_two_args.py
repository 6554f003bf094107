# Hessian of a two-argument function: nested tuple of blocks
import torch
from torch.autograd.functional import hessian
def f(x, y):
    return (x ** 2 * y).sum() + (x * y).sum() ** 2
x = torch.tensor([1.0, 2.0])
y = torch.tensor([0.5, -1.0])
H = hessian(f, (x, y))
print(type(H).__name__, len(H), len(H[0]))
print(H[0][0])
print(H[0][1])
print(H[1][1])
