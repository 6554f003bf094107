# Credible intervals from icdf
import torch
from torch.distributions import Normal

post = Normal(torch.tensor([2.0, -1.0]), torch.tensor([0.5, 2.0]))
lo = post.icdf(torch.tensor(0.025))
hi = post.icdf(torch.tensor(0.975))
print(lo)
print(hi)
print(post.cdf(hi) - post.cdf(lo))
print(Normal(0.0, 1.0).icdf(torch.tensor([0.5, 0.8413, 0.0, 1.0])))
