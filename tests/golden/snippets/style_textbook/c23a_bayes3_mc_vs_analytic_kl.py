# MC estimate of KL(q || p) vs the analytic value, as sample count grows
import torch
from torch.distributions import Normal, kl_divergence

q, p = Normal(1.0, 0.5), Normal(0.0, 1.0)
exact = kl_divergence(q, p)
torch.manual_seed(57)
for n in (10, 1000, 100000):
    z = q.sample((n,))
    mc = (q.log_prob(z) - p.log_prob(z)).mean()
    print(n, bool((mc - exact).abs() < 2.0 / n ** 0.5 + 0.01))
print(round(exact.item(), 4))
