# TransformedDistribution with a TanhTransform
import torch
from torch.distributions import TransformedDistribution, Normal
from torch.distributions.transforms import TanhTransform as Tanh

torch.manual_seed(20)
base = Normal(torch.zeros(2), torch.ones(2))
squashed = TransformedDistribution(base, [Tanh(cache_size=1)])
print(squashed.batch_shape, squashed.event_shape)
act = squashed.rsample()
print(act)
print(squashed.log_prob(act))
print(Tanh())
print(squashed.support)
