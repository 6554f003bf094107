# Monte Carlo chapter: tail probability P(Z > 3) by plain sampling vs importance sampling from N(3, 1).
import torch
from torch.distributions import Normal

torch.manual_seed(99)
p = Normal(0.0, 1.0)
q = Normal(3.0, 1.0)
n = 20000
z = p.sample((n,))
plain = (z > 3).float().mean()
s = q.sample((n,))
w = torch.exp(p.log_prob(s) - q.log_prob(s))
is_est = ((s > 3).float() * w).mean()
exact = 1 - p.cdf(torch.tensor(3.0))
print(plain.item(), is_est.item(), exact.item())
print(w.mean().item())
ess = w.sum() ** 2 / (w ** 2).sum()
print(ess.item())
print(p.log_prob(torch.tensor([0.0, 1.0, 3.0])))
print(q.rsample((2,)).shape, p.batch_shape, p.event_shape)
