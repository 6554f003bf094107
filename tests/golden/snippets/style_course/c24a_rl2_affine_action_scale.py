# Rescaling squashed actions to the env's bounds with transforms
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import AffineTransform, TanhTransform, ComposeTransform

low, high = torch.tensor([-2.0, 0.0]), torch.tensor([2.0, 1.0])
t = ComposeTransform([TanhTransform(), AffineTransform((high + low) / 2, (high - low) / 2)])
print(t)
d = TransformedDistribution(Normal(torch.zeros(2), torch.ones(2)), t)
x = torch.tensor([0.0, 0.0])
y = t(x)
print(y)
print(t.inv(y))
print(d.log_prob(y))
print(AffineTransform(1.0, 2.0)(torch.tensor([1.0, 2.0])))
