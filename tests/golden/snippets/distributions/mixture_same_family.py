# MixtureSameFamily: sampling, log_prob, moments, support and the constructor's checks
import torch
from torch.distributions import Categorical, Independent, MixtureSameFamily, Normal, constraints

torch.manual_seed(0)
mix = Categorical(torch.tensor([0.3, 0.7]))
comp = Independent(Normal(torch.randn(2, 3), torch.rand(2, 3) + 0.5), 1)
g = MixtureSameFamily(mix, comp)
print(g)
print(g.batch_shape, g.event_shape, g.support)
x = g.sample((4,))
print(x, g.log_prob(x), g.mean, g.variance)
b = MixtureSameFamily(Categorical(logits=torch.zeros(3, 2)), Normal(torch.randn(3, 2), torch.ones(3, 2)))
print(b.batch_shape, b.sample(), b.sample((2,)).shape, b.log_prob(torch.zeros(3)), b.mean, b.variance)
print(b.cdf(torch.zeros(3)), b.mixture_distribution, b.component_distribution, b.has_rsample)
mu = torch.tensor([-1., 1.], requires_grad=True)
lp = MixtureSameFamily(Categorical(logits=torch.zeros(2)), Normal(mu, torch.ones(2))).log_prob(torch.tensor([0.5, -0.3]))
lp.sum().backward()
print(lp, mu.grad)
c = constraints.MixtureSameFamilyConstraint(constraints.independent(constraints.positive, 1))
print(c, c.event_dim, c.is_discrete, c.check(torch.tensor([[1.0, 2.0], [-1.0, 3.0]])))
v = MixtureSameFamily(Categorical(logits=torch.zeros(2)), Normal(torch.zeros(2), torch.ones(2)), validate_args=True)
for make in (lambda: MixtureSameFamily(Normal(0., 1.), comp), lambda: MixtureSameFamily(mix, 3),
             lambda: MixtureSameFamily(Categorical(torch.ones(3)), comp), lambda: b.rsample(),
             lambda: MixtureSameFamily(Categorical(torch.ones(4, 2)), Normal(torch.zeros(3, 2), 1.)),
             lambda: v.log_prob(torch.tensor(float("nan")))):
    try:
        print(make())
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
