# Folded distributions: HalfNormal and HalfCauchy built on abs()
import torch
from torch.distributions import HalfNormal, HalfCauchy

torch.manual_seed(1)
scale = torch.tensor([1.5, 0.3], requires_grad=True)
for d in [HalfNormal(scale), HalfCauchy(scale), HalfNormal(2.0), HalfCauchy(torch.tensor(0.5))]:
    print(d, d.rsample((2,)), d.log_prob(torch.tensor(0.4)), d.entropy())
    print(d.mean, d.variance, d.mode, d.cdf(torch.tensor(0.4)), d.icdf(torch.tensor(0.4)), d.support)
try:
    HalfNormal(1.0).log_prob(torch.tensor(-1.0))
except ValueError as e:
    print(e)
print(HalfNormal(1.0, validate_args=False).log_prob(torch.tensor([-1.0, 1.0])))
x = HalfNormal(scale).rsample((4,))
x.sum().backward()
print(scale.grad)
