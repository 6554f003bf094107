# SAC-style tanh-squashed Gaussian and its log-prob correction
import math
import torch
import torch.nn.functional as F
from torch.distributions import Normal

torch.manual_seed(10)
mean = torch.tensor([[0.1, -0.3]])
sigma = torch.tensor([[0.5, 0.8]])
gauss = Normal(mean, sigma)
pre = gauss.rsample()
act = pre.tanh()
correction = 2 * (math.log(2) - pre - F.softplus(-2 * pre))
log_pi = (gauss.log_prob(pre) - correction).sum(-1)
print(pre)
print(act)
print(log_pi)
print(act.abs().max().item() < 1)
