# Sample shapes: sample(), sample((n,)), and log_prob broadcasting
import torch
from torch.distributions import Categorical, Normal

torch.manual_seed(7)
c = Categorical(logits=torch.zeros(4, 3))
print(c.sample().shape, c.sample((5,)).shape)
n = Normal(torch.zeros(4, 2), torch.ones(4, 2))
print(n.sample((3,)).shape, n.rsample().shape)
s = c.sample((2,))
print(s)
print(c.log_prob(s).shape)
print(n.log_prob(torch.zeros(2)).shape)
try:
    n.log_prob(torch.zeros(3))
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
