import torch
from torch.autograd.functional import jacobian

def f(x, y):
    return x * y, x + y.sum()

x = torch.tensor([1.0, 2.0])
y = torch.tensor([3.0, 4.0])
J = jacobian(f, (x, y))
print(type(J).__name__, len(J), len(J[0]))
print(J[0][0])
print(J[1][1])
print(jacobian(lambda a: a.sum(), x))
