import torch
from torch.distributions import Categorical

torch.manual_seed(0)
c = Categorical(torch.tensor([0.1, 0.2, 0.7]))
print(c)
print(c.sample())
print(c.sample((10,)))
print(c.probs, c.logits)
print(c.entropy(), c.log_prob(torch.tensor([0, 2])))
print(torch.rand(1))
