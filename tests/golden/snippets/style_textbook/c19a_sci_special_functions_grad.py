# special functions in physics formulas and their autograd derivatives
import torch
x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64, requires_grad=True)
erf = torch.special.erf(x)
lg = torch.special.gammaln(x)
i0 = torch.special.i0(x)
(erf.sum() + lg.sum()).backward()
print(erf)
print(lg)
print(i0)
print(x.grad)
print(torch.special.digamma(x.detach()))
