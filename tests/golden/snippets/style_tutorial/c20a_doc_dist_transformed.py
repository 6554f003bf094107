# TransformedDistribution: a logistic distribution from a Uniform via Sigmoid and Affine inverses
import torch
from torch.distributions import TransformedDistribution, Uniform
from torch.distributions.transforms import AffineTransform, ExpTransform, SigmoidTransform

torch.manual_seed(0)
base = Uniform(torch.tensor([0.0]), torch.tensor([1.0]))
logistic = TransformedDistribution(base, [SigmoidTransform().inv, AffineTransform(loc=1.0, scale=2.0)])
print(logistic.sample((3,)).flatten())
print(logistic.log_prob(torch.tensor([0.5])))
lognormal = TransformedDistribution(torch.distributions.Normal(0.0, 1.0), [ExpTransform()])
print(lognormal.log_prob(torch.tensor(2.0)), lognormal.rsample((2,)))
