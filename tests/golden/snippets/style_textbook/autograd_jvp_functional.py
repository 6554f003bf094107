# Jacobian-vector and vector-Jacobian products with torch.autograd.functional.
import torch
from torch.autograd.functional import jacobian, jvp, vjp

def f(x):
    return torch.stack([x[0] * x[1], x[0] ** 2, torch.sin(x[1])])

x = torch.tensor([1.0, 2.0])
print(jacobian(f, x))
print(vjp(f, x, torch.tensor([1.0, 0.0, 1.0])))
print(jvp(f, x, torch.tensor([1.0, 1.0])))
