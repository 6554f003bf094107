# building a Normal policy with a negative std by mistake
import torch
from torch.distributions import Normal

mu = torch.tensor([0.0, 1.0])
std = torch.tensor([1.0, -0.5])
try:
    Normal(mu, std)
except ValueError as e:
    print("ValueError:", e)
d = Normal(mu, std.abs())
print(d)
print(d.log_prob(torch.tensor([0.5, 0.5])))
print(d.cdf(torch.tensor([0.0, 1.0])), d.icdf(torch.tensor([0.5, 0.975])))
