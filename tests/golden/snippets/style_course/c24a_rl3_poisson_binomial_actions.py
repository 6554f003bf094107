# Count-valued actions from Poisson and Binomial policies
import torch
from torch.distributions import Poisson, Binomial

torch.manual_seed(39)
p = Poisson(torch.tensor([1.0, 4.0]))
print(p)
s = p.sample((3,))
print(s, s.dtype)
print(p.log_prob(torch.tensor([0.0, 4.0])))
b = Binomial(total_count=5, probs=torch.tensor([0.2, 0.9]))
print(b)
print(b.sample())
print(b.log_prob(torch.tensor([1.0, 5.0])))
print(b.mean, b.variance)
