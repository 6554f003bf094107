import torch
from torch.distributions import Bernoulli

torch.manual_seed(0)
coin = Bernoulli(torch.tensor([0.3, 0.5, 0.9]))
print(coin)
print(coin.sample())
flips = coin.sample((1000,))
print(flips.shape, flips.mean(0))
print(coin.log_prob(torch.tensor([1.0, 0.0, 1.0])))
print(coin.entropy(), coin.mean, coin.variance)
print(coin.logits)
print(Bernoulli(0.25).sample((4,)))
