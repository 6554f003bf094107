# Understanding autograd part 2: what backward(v) really computes
import torch
from torch.autograd.functional import jacobian

def f(t):
    return torch.stack([t[0] * t[1], t[1] ** 3, t.sum()])

point = torch.tensor([2.0, -1.0])
J = jacobian(f, point)
print("Jacobian:\n", J)
v = torch.tensor([1.0, 0.5, -2.0])
p = point.clone().requires_grad_()
f(p).backward(v)
print("backward(v):", p.grad)
print("v @ J      :", v @ J)
