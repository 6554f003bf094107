import torch
import torch.distributions as dist

print(hasattr(torch, "distributions"), hasattr(dist, "Normal"))
print(dist.Normal.__module__, dist.Categorical.__name__)
print(isinstance(dist.Uniform(0.0, 1.0), dist.Distribution))
print(dist.constraints.positive, dist.constraints.unit_interval, dist.constraints.real)
