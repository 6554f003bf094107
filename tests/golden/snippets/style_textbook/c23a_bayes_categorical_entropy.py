# Predictive entropy of a categorical output and its maximum log(K)
import torch
from torch.distributions import Categorical

probs = torch.tensor([[0.98, 0.01, 0.01], [1/3, 1/3, 1/3], [0.5, 0.5, 0.0]])
c = Categorical(probs=probs)
print(c.entropy())
print(torch.log(torch.tensor(3.0)))
print(c.batch_shape, c.event_shape, c.param_shape)
print(c.log_prob(torch.tensor([0, 1, 2])))
print(c.logits)
