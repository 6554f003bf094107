# Entropy and log-likelihood at the edges p = 0 and p = 1
import torch
from torch.distributions import Bernoulli

b = Bernoulli(probs=torch.tensor([0.0, 0.5, 1.0]))
print(b.entropy())
print(b.logits)
print(b.log_prob(torch.tensor([0.0, 1.0, 1.0])))
print(b.log_prob(torch.tensor([1.0, 1.0, 0.0])))
print(torch.nn.functional.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0]), reduction="none"))
