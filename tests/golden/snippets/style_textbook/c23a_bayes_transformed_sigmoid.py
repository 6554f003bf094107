# TransformedDistribution: a logit-normal prior through a SigmoidTransform
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import SigmoidTransform

d = TransformedDistribution(Normal(0.0, 1.0), [SigmoidTransform()])
x = torch.tensor([0.1, 0.5, 0.9])
print(d.log_prob(x))
torch.manual_seed(21)
s = d.sample((4,))
print(s)
print(d.support)
print(d.batch_shape, d.event_shape)
