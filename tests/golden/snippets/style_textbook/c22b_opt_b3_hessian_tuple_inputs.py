import torch
from torch.autograd.functional import hessian, jacobian


def f(a, b):
    return (a ** 2 * b).sum() + (a * b).prod()


a = torch.tensor([1.0, 2.0])
b = torch.tensor([0.5, -1.0])
H = hessian(f, (a, b))
print(type(H).__name__, len(H), type(H[0]).__name__)
print(H[0][0])
print(H[0][1])
J = jacobian(f, (a, b))
print(J)
