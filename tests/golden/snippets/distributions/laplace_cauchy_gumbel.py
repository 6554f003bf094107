# Laplace, Cauchy and Gumbel: samples, densities, moments and reparameterised gradients
import torch
from torch.distributions import Laplace, Cauchy, Gumbel

torch.manual_seed(0)
loc = torch.tensor([0.5, -1.0], requires_grad=True)
scale = torch.tensor([1.5, 0.3], requires_grad=True)
v = torch.tensor([0.2, -0.7])
for cls in [Laplace, Cauchy, Gumbel]:
    d = cls(loc, scale)
    s = d.rsample((3,)) if d.has_rsample else d.sample((3,))
    print(d, cls.__name__, s)
    lp = d.log_prob(v)
    print(lp, d.entropy(), d.mean, d.mode, d.variance, d.stddev)
    for method in ["cdf", "icdf"]:
        try:
            print(method, getattr(d, method)(torch.tensor([0.3, 0.6])))
        except NotImplementedError as e:
            print(method, "NotImplementedError", e)
    total = lp.sum() + (s.sum() if s.requires_grad else 0)
    print(torch.autograd.grad(total, [loc, scale]))
print(Laplace(0, 1).sample(), Cauchy(0.0, 1.0).sample((2,)), Gumbel(1.0, 2.0).sample((2, 2)))
try:
    Laplace(0.0, -1.0)
except ValueError as e:
    print(e)
