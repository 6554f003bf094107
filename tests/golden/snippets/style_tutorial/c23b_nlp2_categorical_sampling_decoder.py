import torch
from torch.distributions import Categorical

torch.manual_seed(43)
logits = torch.tensor([[2.0, 0.5, 0.1], [0.0, 0.0, 3.0]])
dist = Categorical(logits=logits)
s = dist.sample()
print(s, dist.log_prob(s).round(decimals=4))
print(dist.entropy().round(decimals=4))
print(dist.probs.round(decimals=4))
print(dist.sample((3,)).shape, dist.batch_shape, dist.event_shape)
