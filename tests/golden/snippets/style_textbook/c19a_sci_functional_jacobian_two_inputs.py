# jacobian with a tuple of inputs returns a tuple of blocks
import torch
from torch.autograd.functional import jacobian
def f(a, b):
    return a * b + b.sum()
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([0.5, -1.0, 2.0])
Ja, Jb = jacobian(f, (a, b))
print(Ja)
print(Jb)
J_vec = jacobian(f, (a, b), vectorize=True)
print(torch.equal(J_vec[1], Jb))
