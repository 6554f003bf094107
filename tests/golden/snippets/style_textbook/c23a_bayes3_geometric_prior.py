# A Geometric prior over a count (number of failures before the first success)
import torch
from torch.distributions import Geometric

g = Geometric(probs=torch.tensor([0.2, 0.5]))
k = torch.tensor([0.0, 3.0])
print(g.log_prob(k))
print(g.mean, g.variance, g.mode)
torch.manual_seed(56)
print(g.sample((3,)))
print(g.entropy())
