# Probability: tossing coins and rolling a die with Multinomial, relative frequencies converging.
import torch
from torch.distributions.multinomial import Multinomial

torch.manual_seed(0)
fair_probs = torch.ones(6) / 6
print(Multinomial(1, fair_probs).sample())
print(Multinomial(10, fair_probs).sample())
counts = Multinomial(1000, fair_probs).sample()
print(counts / 1000)
counts = Multinomial(10, fair_probs).sample((50,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
print(estimates[0], estimates[-1])
print(estimates.shape)
coin = Multinomial(100, torch.tensor([0.5, 0.5])).sample()
print(coin, coin / 100)
print(torch.distributions.Multinomial(5, probs=torch.tensor([0.2, 0.3, 0.5])).log_prob(torch.tensor([1.0, 1.0, 3.0])))
heads = sum([torch.rand(1).item() > 0.5 for _ in range(100)])
print("heads, tails:", [heads, 100 - heads])
