# Q: torch.autograd.functional.jacobian strict=True complains about an input
import torch
from torch.autograd.functional import jacobian

def f(x, y):
    return x * 2

x = torch.tensor([1.0, 2.0])
y = torch.tensor([3.0])
print(jacobian(f, (x, y)))
try:
    jacobian(f, (x, y), strict=True)
except RuntimeError as e:
    print(e)
print(jacobian(lambda t: t.exp(), torch.zeros(2), vectorize=True))
