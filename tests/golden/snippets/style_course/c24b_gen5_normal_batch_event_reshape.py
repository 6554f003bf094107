# Normal over a batch of images: log_prob summed over event dims by hand vs Independent
import torch
from torch.distributions import Independent, Normal

mu = torch.zeros(2, 1, 2, 2)
px = Normal(mu, 1.0)
x = torch.ones(2, 1, 2, 2)
print(px.log_prob(x).sum(dim=(1, 2, 3)))
print(Independent(px, 3).log_prob(x))
print(px.batch_shape, Independent(px, 3).event_shape)
