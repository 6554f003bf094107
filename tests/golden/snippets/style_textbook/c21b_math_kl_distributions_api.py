# kl_divergence between two Normals vs the closed form
import torch
from torch.distributions import Normal, kl_divergence

p = Normal(torch.tensor(0.0), torch.tensor(1.0))
q = Normal(torch.tensor(1.0), torch.tensor(2.0))
kl = kl_divergence(p, q)
closed = torch.log(torch.tensor(2.0)) + (1 + 1) / (2 * 4) - 0.5
print(kl, closed)
torch.manual_seed(0)
x = p.sample((20000,))
mc = (p.log_prob(x) - q.log_prob(x)).mean()
print(round(mc.item(), 2))
print(kl_divergence(q, p))
