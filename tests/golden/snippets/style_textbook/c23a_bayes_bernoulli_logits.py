# Bernoulli likelihood from logits vs probs
import torch
from torch.distributions import Bernoulli

logits = torch.tensor([-2.0, 0.0, 3.0])
b = Bernoulli(logits=logits)
print(b.probs)
y = torch.tensor([0.0, 1.0, 1.0])
print(b.log_prob(y))
print(Bernoulli(probs=torch.sigmoid(logits)).log_prob(y))
print(b.entropy())
print(b.mean, b.variance)
torch.manual_seed(2)
print(b.sample((4,)))
