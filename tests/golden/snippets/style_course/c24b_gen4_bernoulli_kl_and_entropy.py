# KL between Bernoulli posteriors and their entropies
import torch
from torch.distributions import Bernoulli, kl_divergence

q = Bernoulli(probs=torch.tensor([0.1, 0.5, 0.9]))
p = Bernoulli(probs=torch.tensor(0.5))
print(kl_divergence(q, p))
print(q.entropy())
print(q.logits)
print(Bernoulli(logits=torch.tensor([0.0])).probs)
