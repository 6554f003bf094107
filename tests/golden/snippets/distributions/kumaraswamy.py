# Kumaraswamy: rsample from torch's RNG, log_prob, moments, entropy, gradients, expand, validation
import torch
from torch.distributions import Kumaraswamy
torch.manual_seed(0)
a = torch.tensor([0.5, 1.0, 2.0, 3.5], requires_grad=True)
b = torch.tensor([2.0, 0.7, 1.5, 4.0], requires_grad=True)
d = Kumaraswamy(a, b)
print(d, d.batch_shape, d.support, d.has_rsample)
x = d.rsample((3,))
print(x, x.grad_fn)
lp = d.log_prob(x.detach())
print(lp, lp.grad_fn)
print(d.mean, d.variance, d.mode, d.entropy())
(lp.sum() + x.sum() + d.entropy().sum()).backward()
print(a.grad, b.grad)
e = d.expand((2, 4))
print(e.batch_shape, e.sample().shape, e.concentration1.shape)
print(Kumaraswamy(2.0, 3.0).sample((2,)), Kumaraswamy(torch.tensor(2.0), 3.0).cdf(torch.tensor(0.3)))
for call in (lambda: Kumaraswamy(-1.0, 2.0), lambda: Kumaraswamy(1.0, 2.0, validate_args=True).log_prob(torch.tensor(1.5)),
             lambda: Kumaraswamy(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0, 3.0]))):
    try: print(call())
    except Exception as ex: print(type(ex).__name__, ex)
print(torch.distributions.kumaraswamy.Kumaraswamy is Kumaraswamy, Kumaraswamy.__module__)
