# Metropolis-Hastings sampling of a two-bump density with torch.distributions proposals and log_prob.
import torch
from torch.distributions import Normal, Uniform

torch.manual_seed(0)
target = lambda x: torch.logsumexp(torch.stack([Normal(-2.0, 0.7).log_prob(x), Normal(2.0, 1.0).log_prob(x)]), 0)
x = torch.tensor(0.0)
samples, accepted = [], 0
u = Uniform(0.0, 1.0)
for i in range(3000):
    prop = Normal(x, 1.5).sample()
    log_alpha = target(prop) - target(x)
    if torch.log(u.sample()) < log_alpha:
        x = prop
        accepted += 1
    samples.append(x)
s = torch.stack(samples[500:])
print(accepted / 3000)
print(s.mean(), s.std(), (s > 0).float().mean())
print(torch.histc(s, bins=8, min=-5, max=5))
print(s[:5])
