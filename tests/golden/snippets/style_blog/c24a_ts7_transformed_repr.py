# Reprs of transforms and transformed distributions for log-normal forecasts
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import ExpTransform, AffineTransform

d = TransformedDistribution(Normal(torch.tensor(0.0), torch.tensor(1.0)), [ExpTransform(), AffineTransform(1.0, 2.0)])
print(d)
print(d.transforms)
print(ExpTransform().inv)
print(d.log_prob(torch.tensor(3.0)))
print(d.batch_shape, d.event_shape, d.support)
