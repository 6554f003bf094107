# TransformedDistribution with an affine transform, log_prob and sample shapes
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import AffineTransform, ExpTransform

torch.manual_seed(22)
base = Normal(torch.zeros(2), torch.ones(2))
flow = TransformedDistribution(base, [AffineTransform(loc=1.0, scale=2.0)])
x = torch.tensor([1.0, 3.0])
print(flow.log_prob(x))
print(base.log_prob((x - 1) / 2) - torch.log(torch.tensor(2.0)))
print(flow.sample((3,)).shape)
lognormal = TransformedDistribution(Normal(0.0, 1.0), [ExpTransform()])
print(lognormal.log_prob(torch.tensor([1.0, 2.0])))
print(lognormal.sample((2,)))
