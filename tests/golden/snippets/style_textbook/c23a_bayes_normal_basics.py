# A Normal distribution: repr, moments, log_prob and entropy
import torch
from torch.distributions import Normal

d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
print(d)
print(d.mean, d.stddev, d.variance)
print(d.batch_shape, d.event_shape)
print(d.log_prob(torch.tensor([0.5, 0.5])))
print(d.entropy())
print(d.cdf(torch.tensor([0.0, 1.5])))
