# check an elementwise flow's log-det against the full Jacobian (float64)
import torch
from torch.autograd.functional import jacobian

def flow(x):
    return x + 0.5 * torch.sin(x)

x = torch.tensor([0.1, 1.0, -2.0], dtype=torch.float64)
J = jacobian(flow, x)
print(J.round(decimals=6))
_, ld = torch.linalg.slogdet(J)
analytic = torch.log(1 + 0.5 * torch.cos(x)).sum()
print(torch.allclose(ld, analytic))
print(J.shape, torch.count_nonzero(J))
