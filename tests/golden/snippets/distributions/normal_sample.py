import torch
from torch.distributions import Normal

torch.manual_seed(0)
dist = Normal(torch.tensor([0.0, 10.0]), torch.tensor([1.0, 0.5]))
print(dist)
print(dist.sample())
print(dist.sample((3,)))
print(dist.batch_shape, dist.event_shape)
print(dist.mean, dist.stddev, dist.variance)
print(dist.entropy())
print(torch.randn(2))
