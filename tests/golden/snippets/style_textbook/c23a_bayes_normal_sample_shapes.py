# sample_shape + batch_shape + event_shape
import torch
from torch.distributions import Normal, MultivariateNormal

torch.manual_seed(1)
d = Normal(torch.zeros(2), torch.ones(2))
print(d.sample().shape, d.sample((5,)).shape, d.sample((3, 4)).shape)
mvn = MultivariateNormal(torch.zeros(3), torch.eye(3))
print(mvn.batch_shape, mvn.event_shape, mvn.sample((2,)).shape)
print(d.expand((4, 2)).batch_shape)
print(d.sample((2,)))
try:
    d.sample(2)
except TypeError as e:
    print("TypeError:", e)
