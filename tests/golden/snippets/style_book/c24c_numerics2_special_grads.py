# Section 7.10: derivatives of special functions via autograd
import torch

x = torch.tensor([0.5, 1.0], dtype=torch.float64, requires_grad=True)
for fn in (torch.special.erf, torch.special.expit, torch.special.i0, torch.special.ndtr, torch.special.log_ndtr):
    (g,) = torch.autograd.grad(fn(x).sum(), x)
    print(fn.__name__, g.round(decimals=6))
