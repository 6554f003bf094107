# The normal distribution's cdf and quantiles, and saving/restoring the random state to repeat a draw.
import math
import torch
from torch.distributions import Normal

std_normal = Normal(torch.tensor(0.0), torch.tensor(1.0))
z = torch.tensor([-1.96, -1.0, 0.0, 1.0, 1.96])
print(std_normal.cdf(z))
print(std_normal.icdf(torch.tensor([0.025, 0.5, 0.975])))
print(0.5 * (1 + math.erf(1 / math.sqrt(2))))
mu = torch.tensor(2.0, requires_grad=True)
p = Normal(mu, 0.5).cdf(torch.tensor(2.5))
p.backward()
print(p, mu.grad)
torch.manual_seed(0)
state = torch.get_rng_state()
first = torch.randn(3)
torch.set_rng_state(state)
print(torch.equal(first, torch.randn(3)))
g = torch.Generator().manual_seed(7)
saved = g.get_state()
a = torch.rand(2, generator=g)
g.set_state(saved)
print(saved.dtype, saved.shape, torch.equal(a, torch.rand(2, generator=g)))
with torch.random.fork_rng():
    inside = torch.rand(1)
print(torch.equal(inside, torch.rand(1)))
