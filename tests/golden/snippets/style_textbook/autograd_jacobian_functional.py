# The Jacobian of a vector function with torch.autograd.functional.jacobian.
import torch
from torch.autograd.functional import jacobian, hessian

def f(x):
    return torch.stack([x[0] ** 2 * x[1], 5 * x[0] + torch.sin(x[1])])

x = torch.tensor([1.0, 2.0])
print(jacobian(f, x))
print(hessian(lambda x: (x ** 3).sum(), x))
def g(a, b):
    return a * b
print(jacobian(g, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
