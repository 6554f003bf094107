# expanding a prior over a batch: Distribution.expand and sample shapes
import torch
from torch.distributions import Normal

prior = Normal(torch.tensor(0.0), torch.tensor(1.0))
batched = prior.expand(torch.Size([4, 2]))
print(batched.batch_shape, batched.event_shape)
torch.manual_seed(162)
print(batched.sample().shape, batched.sample((3,)).shape)
print(batched.log_prob(torch.zeros(4, 2)).sum())
