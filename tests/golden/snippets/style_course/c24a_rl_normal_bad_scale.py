# A Gaussian policy whose std went non-positive
import torch
from torch.distributions import Normal

mu = torch.tensor([0.0, 1.0])
try:
    Normal(mu, torch.tensor([0.5, 0.0]))
except ValueError as e:
    print(type(e).__name__, e)
d = Normal(mu, torch.tensor([0.5, 0.0]), validate_args=False)
print(d.scale)
std = torch.nn.functional.softplus(torch.tensor([-30.0, 0.0])) + 1e-5
print(std)
print(Normal(mu, std).log_prob(torch.tensor([0.0, 1.0])))
