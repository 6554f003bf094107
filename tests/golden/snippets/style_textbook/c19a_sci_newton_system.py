# Newton's method for a 2x2 nonlinear system with the functional jacobian
import torch
from torch.autograd.functional import jacobian
def F(v):
    x, y = v
    return torch.stack([x ** 2 + y ** 2 - 4, x * y - 1])
v = torch.tensor([2.0, 0.3], dtype=torch.float64)
for k in range(5):
    J = jacobian(F, v)
    step = torch.linalg.solve(J, -F(v))
    v = v + step
    print(k, v.tolist(), F(v).norm().item())
