# The continuous Bernoulli likelihood for VAEs on [0, 1] pixels (Loaiza-Ganem & Cunningham)
import torch
from torch.distributions import ContinuousBernoulli

logits = torch.tensor([-2.0, 0.0, 1.5])
cb = ContinuousBernoulli(logits=logits)
x = torch.tensor([0.1, 0.5, 0.9])
print(cb.log_prob(x))
print(cb.mean)
print(cb.probs)
