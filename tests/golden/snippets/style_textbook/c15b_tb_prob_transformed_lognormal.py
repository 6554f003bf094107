# A log-normal built two ways: LogNormal directly and a TransformedDistribution with ExpTransform.
import torch
from torch.distributions import LogNormal, Normal, TransformedDistribution
from torch.distributions.transforms import ExpTransform

mu, sigma = torch.tensor(0.2), torch.tensor(0.5)
ln = LogNormal(mu, sigma)
td = TransformedDistribution(Normal(mu, sigma), [ExpTransform()])
x = torch.tensor([0.5, 1.0, 2.0])
print(ln.log_prob(x))
print(td.log_prob(x))
print(ln.mean, torch.exp(mu + sigma ** 2 / 2), ln.variance)
torch.manual_seed(40)
s = td.sample((3000,))
print(s.min() > 0, s.log().mean(), s.log().std())
