# GeneralizedPareto: rsample by its inverse cdf from torch.rand, log_prob, cdf, moments, support, gradients
import torch
from torch.distributions import GeneralizedPareto

torch.manual_seed(0)
loc = torch.tensor([0.0, 1.0, -2.0, 0.5], requires_grad=True)
scale = torch.tensor([1.0, 0.5, 2.0, 1.5], requires_grad=True)
conc = torch.tensor([0.3, 0.0, -0.4, 0.8], requires_grad=True)
d = GeneralizedPareto(loc, scale, conc)
print(d, d.batch_shape, d.support)
x = d.rsample((3,))
print(x, x.grad_fn)
lp = d.log_prob(x.detach())
print(lp)
print(d.cdf(x.detach())[0], d.icdf(torch.tensor(0.3)))
print(d.mean, d.variance, d.mode, d.entropy())
(lp.sum() + x.sum() + d.entropy().sum()).backward()
print(loc.grad, scale.grad, conc.grad)
e = d.expand((2, 4))
print(e.batch_shape, e.sample().shape)
print(GeneralizedPareto(0.0, 1.0, 0.2).sample((3,)), GeneralizedPareto(0.0, 1.0, 0.2).batch_shape)
for call in (lambda: GeneralizedPareto(0.0, -1.0, 0.1),
             lambda: GeneralizedPareto(0.0, 1.0, -0.5, validate_args=True).log_prob(torch.tensor(3.0))):
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__, ex)
