# Quiz C4: Bernoulli with logits vs probs
import torch
from torch.distributions import Bernoulli

d1 = Bernoulli(probs=torch.tensor([0.25, 0.5]))
d2 = Bernoulli(logits=torch.tensor([0.0, 2.0]))
print(d1, d2)
print(d1.mean, d1.variance)
print(d2.probs.round(decimals=4))
print(d1.log_prob(torch.tensor([1.0, 0.0])).round(decimals=4))
try:
    Bernoulli(probs=torch.tensor([0.5]), logits=torch.tensor([0.0]))
except ValueError as e:
    print("ValueError:", e)
