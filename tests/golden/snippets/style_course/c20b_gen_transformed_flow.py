# a flow built from TransformedDistribution with Affine and Exp transforms
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import AffineTransform, ExpTransform

torch.manual_seed(77)
base = Normal(torch.tensor(0.0), torch.tensor(1.0))
flow = TransformedDistribution(base, [AffineTransform(loc=1.0, scale=0.5), ExpTransform()])
x = flow.sample((3,))
print(x)
print(flow.log_prob(x))
y = torch.tensor([1.0, 2.0])
print(flow.log_prob(y))
print(base.log_prob((y.log() - 1) / 0.5) - y.log() - torch.log(torch.tensor(0.5)))
