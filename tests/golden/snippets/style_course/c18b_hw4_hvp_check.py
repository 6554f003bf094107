# HW: Hessian-vector product of the Rosenbrock function
import torch
from torch.autograd.functional import hessian, hvp


def rosenbrock(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


p = torch.tensor([0.5, 0.5], dtype=torch.float64)
v = torch.tensor([1.0, 0.0], dtype=torch.float64)
value, Hv = hvp(rosenbrock, p, v)
H = hessian(rosenbrock, p)
print(value, Hv)
print(H)
print("PASS" if torch.allclose(Hv, H @ v) else "FAIL")
