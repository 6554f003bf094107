# torch.distributions.Normal: sample, rsample, log_prob, cdf, icdf, entropy
import torch
from torch.distributions import Normal

torch.manual_seed(0)
m = Normal(torch.tensor([0.0]), torch.tensor([1.0]))
print(m)
print(m.sample())
print(m.rsample((2,)))
print(m.log_prob(torch.tensor([0.5])))
print(m.cdf(torch.tensor([0.0, 1.0])))
print(m.icdf(torch.tensor([0.975])))
print(m.entropy(), m.mean, m.stddev, m.variance)
print(m.batch_shape, m.event_shape)
