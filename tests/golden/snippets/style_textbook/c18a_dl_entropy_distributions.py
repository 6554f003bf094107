# Entropy of categorical distributions: by hand and with torch.distributions
import torch
from torch.distributions import Categorical

probs = torch.tensor([[0.25, 0.25, 0.25, 0.25], [0.7, 0.1, 0.1, 0.1], [1.0, 0.0, 0.0, 0.0]])
by_hand = -(probs * torch.log(probs)).sum(1)
print(by_hand)
print(-(torch.special.xlogy(probs, probs)).sum(1))
d = Categorical(probs=probs)
print(d.entropy())
print(d.log_prob(torch.tensor([0, 0, 0])))
print(d)
