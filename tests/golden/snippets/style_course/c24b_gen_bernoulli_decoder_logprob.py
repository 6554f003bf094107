# Bernoulli decoder: log-likelihood from logits
import torch
from torch.distributions import Bernoulli

logits = torch.tensor([[2.0, -1.0, 0.0], [0.5, 0.5, -3.0]])
x = torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
px = Bernoulli(logits=logits)
print(px)
print(px.log_prob(x))
print(px.log_prob(x).sum(-1))
print(-torch.nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(-1))
print(px.probs)
print(px.mean.shape, px.variance)
