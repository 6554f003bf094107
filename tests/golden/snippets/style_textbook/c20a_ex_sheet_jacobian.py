# Autograd sheet, task 4: the Jacobian of f(x) = [x0*x1, x0+x1, x1^2]
import torch
from torch.autograd.functional import hessian, jacobian

def f(x):
    return torch.stack([x[0] * x[1], x[0] + x[1], x[1] ** 2])

x = torch.tensor([2.0, 3.0])
print(jacobian(f, x))
print(hessian(lambda v: (v ** 3).sum(), x))
rows = []
for i in range(3):
    xi = x.clone().requires_grad_()
    rows.append(torch.autograd.grad(f(xi)[i], xi)[0])
print(torch.stack(rows))
