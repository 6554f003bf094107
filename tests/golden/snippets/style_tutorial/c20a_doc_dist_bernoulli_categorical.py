# Bernoulli and Categorical: probs vs logits, sample shapes, log_prob
import torch
from torch.distributions import Bernoulli, Categorical

torch.manual_seed(0)
m = Bernoulli(torch.tensor([0.3]))
print(m.sample())
print(m.sample((4,)).squeeze())
print(m.log_prob(torch.tensor([1.0])), m.entropy())
c = Categorical(torch.tensor([0.25, 0.25, 0.25, 0.25]))
print(c.sample())
print(c.sample((6,)))
c2 = Categorical(logits=torch.tensor([1.0, 2.0, 3.0]))
print(c2.probs)
print(c2.log_prob(torch.tensor([0, 2])), c2.entropy())
print(c2, m)
