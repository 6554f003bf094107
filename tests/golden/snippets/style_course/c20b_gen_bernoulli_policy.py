# Bernoulli policy for a binary action with rsample-free REINFORCE
import torch
from torch.distributions import Bernoulli

torch.manual_seed(71)
logit = torch.zeros(3, requires_grad=True)
dist = Bernoulli(logits=logit)
a = dist.sample()
print(a, dist.log_prob(a))
reward = torch.tensor([1.0, -1.0, 0.5])
(-(dist.log_prob(a) * reward).sum()).backward()
print(logit.grad)
print(dist.mean, dist.variance, dist.entropy())
try:
    dist.rsample()
except NotImplementedError as e:
    print("NotImplementedError", e)
