# VonMises: seeded rejection sampling (float64 inside, the parameters' dtype out), log_prob through the
# Bessel approximation on both sides of 3.75, the circular variance, expand, and what it refuses.
import torch
from torch.distributions import VonMises

torch.manual_seed(0)
m = VonMises(torch.tensor([1.0]), torch.tensor([1.0]))
print(m, m.batch_shape, m.event_shape, m.has_rsample, m.support, m.arg_constraints)
print(m.sample())
d = VonMises(torch.tensor([0.0, 1.0, -2.0, 3.0]), torch.tensor([0.5, 2.0, 4.0, 1e-6]))
x = d.sample((5,))
print(x)
print(d.log_prob(x))
print(d.mean, d.mode, d.variance, d.stddev)
k = torch.tensor([0.1, 1.0, 3.7, 3.75, 3.8, 10.0, 50.0], requires_grad=True)
lp = VonMises(torch.zeros(7), k).log_prob(torch.full((7,), 0.3))
lp.sum().backward()
print(lp, k.grad)
e = d.expand((2, 4))
print(e, e.sample().shape, e.batch_shape)
dd = VonMises(torch.tensor(0.5, dtype=torch.float64), torch.tensor(2.0, dtype=torch.float64))
y = dd.sample((3,))
print(y, dd.log_prob(y))
print(VonMises(0.0, 1.0).sample((2,)), VonMises(0.0, 1.0).batch_shape, torch.rand(2))
for attempt in (lambda: VonMises(torch.tensor([0.0]), torch.tensor([-1.0])), m.rsample, m.entropy,
                lambda: m.log_prob(torch.ones(2, 3))):
    try:
        attempt()
    except (ValueError, NotImplementedError) as err:
        print(type(err).__name__, err)
