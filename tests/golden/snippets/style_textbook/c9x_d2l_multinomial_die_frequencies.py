# Probability: rolling a fair die with torch.distributions.Multinomial and tracking relative frequencies.
import torch
from torch.distributions.multinomial import Multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
print(Multinomial(1, fair_probs).sample())
print(Multinomial(10, fair_probs).sample())
counts = Multinomial(1000, fair_probs).sample()
print(counts / 1000)
counts = Multinomial(1, fair_probs).sample((500,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
print(estimates[[0, 9, 99, 499]])
m = Multinomial(3, probs=torch.tensor([0.2, 0.3, 0.5]))
s = m.sample()
print(s, m.log_prob(s))
print(m.mean, m.variance)
tosses = torch.rand(100) < 0.5
heads = tosses.sum().item()
print(heads, 100 - heads)
for n in (10, 100, 1000):
    print(n, torch.bernoulli(torch.full((n,), 0.3)).mean().item())
