# Probability: sampling a fair and a loaded die with Multinomial, relative frequencies as n grows.
import torch
from torch.distributions.multinomial import Multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
print(Multinomial(1, fair_probs).sample())
print(Multinomial(10, fair_probs).sample())
counts = Multinomial(1000, fair_probs).sample()
print(counts / 1000)
counts = Multinomial(10, fair_probs).sample((500,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
print(estimates[[0, 9, 99, 499]])
loaded = torch.tensor([0.1, 0.1, 0.1, 0.1, 0.1, 0.5])
m = Multinomial(100, loaded)
s = m.sample()
print(s, s.sum())
print(m.log_prob(s))
print(m.mean, m.variance)
print(torch.multinomial(loaded, 8, replacement=True))
print(torch.distributions.Categorical(probs=loaded).entropy())
