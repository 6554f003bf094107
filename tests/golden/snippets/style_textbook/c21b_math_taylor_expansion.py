# second-order Taylor expansion of f around x0 using grad and the Hessian
import torch
from torch.autograd.functional import hessian

def f(v):
    return torch.exp(v[0]) * torch.cos(v[1])

x0 = torch.tensor([0.0, 0.0])
g = torch.autograd.functional.jacobian(f, x0)
H = hessian(f, x0)
print(g, H)
for step in [0.1, 0.01]:
    d = torch.tensor([step, step])
    approx1 = f(x0) + g @ d
    approx2 = approx1 + 0.5 * d @ H @ d
    true = f(x0 + d)
    print(step, (true - approx1).abs().item(), (true - approx2).abs().item())
