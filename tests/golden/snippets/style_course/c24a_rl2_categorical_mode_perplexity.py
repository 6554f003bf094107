# Greedy action via .mode, and a policy's perplexity
import torch
from torch.distributions import Categorical

d = Categorical(probs=torch.tensor([[0.1, 0.7, 0.2], [0.25, 0.25, 0.5]]))
print(d.mode)
print(d.perplexity())
print(d.entropy().exp())
print(d.variance, d.mean)
print(d.param_shape, d._num_events)
print(d.enumerate_support(expand=False).shape)
print(d.expand(torch.Size([3, 2])).batch_shape)
