# truncated Newton: conjugate gradient using Hessian-vector products only
import torch
from torch.autograd.functional import hvp
def f(x):
    return 0.5 * (x * torch.tensor([1.0, 10.0, 100.0]) * x).sum() + torch.tensor([1.0, -2.0, 3.0]) @ x
x = torch.zeros(3)
g = torch.autograd.functional.jacobian(f, x)
r = -g; p = r.clone(); d = torch.zeros(3)
for i in range(3):
    Ap = hvp(f, x, p)[1]
    alpha = (r @ r) / (p @ Ap)
    d = d + alpha * p
    r_new = r - alpha * Ap
    p = r_new + (r_new @ r_new) / (r @ r) * p
    r = r_new
print(d)
print(torch.tensor([-1.0, 0.2, -0.03]))
