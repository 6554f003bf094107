# Probability: a fair and a loaded die with torch.distributions.Multinomial, cumulative estimates converging.
import torch
from torch.distributions import Multinomial, Categorical

torch.manual_seed(10)
fair_probs = torch.ones(6) / 6
print(Multinomial(1, fair_probs).sample())
print(Multinomial(10, fair_probs).sample())
counts = Multinomial(1000, fair_probs).sample()
print(counts / 1000)
counts = Multinomial(10, fair_probs).sample((500,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
print(estimates[[0, 9, 99, 499]])
loaded = torch.tensor([0.5, 0.1, 0.1, 0.1, 0.1, 0.1])
m = Multinomial(100, loaded)
s = m.sample()
print(s, s.sum())
print(m.log_prob(s))
cat = Categorical(probs=loaded)
draws = cat.sample((20,))
print(draws)
print(torch.bincount(draws, minlength=6))
print(cat.entropy(), Categorical(probs=fair_probs).entropy())
print(cat.log_prob(torch.tensor([0, 3])))
print(m.mean, m.variance)
