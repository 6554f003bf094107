# Newton's method for minimisation using grad and hessian
import torch
from torch.autograd.functional import hessian
def f(p):
    return torch.exp(p[0] + 3 * p[1] - 0.1) + torch.exp(p[0] - 3 * p[1] - 0.1) + torch.exp(-p[0] - 0.1)
p = torch.tensor([-1.0, 0.7], dtype=torch.double, requires_grad=True)
for i in range(4):
    val = f(p)
    g, = torch.autograd.grad(val, p)
    H = hessian(f, p.detach())
    with torch.no_grad():
        p -= torch.linalg.solve(H, g)
    print(i, round(val.item(), 10), g.norm().item())
