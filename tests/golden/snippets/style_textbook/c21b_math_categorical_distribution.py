# Categorical: probs normalised, log_prob, entropy, and sampling frequencies
import torch
from torch.distributions import Categorical

torch.manual_seed(0)
c = Categorical(probs=torch.tensor([2.0, 1.0, 1.0]))
print(c.probs)
print(c.log_prob(torch.tensor([0, 2])))
print(c.entropy())
samples = c.sample((1000,))
print(torch.bincount(samples, minlength=3) / 1000)
c2 = Categorical(logits=torch.tensor([0.0, 0.0, 0.0]))
print(c2.entropy(), torch.log(torch.tensor(3.0)))
