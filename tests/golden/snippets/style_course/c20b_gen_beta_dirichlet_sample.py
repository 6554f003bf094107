# sampling from Beta and Dirichlet (Thompson sampling for bandits)
import torch
from torch.distributions import Beta, Dirichlet

torch.manual_seed(76)
wins = torch.tensor([3.0, 1.0, 5.0])
losses = torch.tensor([2.0, 4.0, 1.0])
theta = Beta(wins + 1, losses + 1).sample()
print(theta, theta.argmax())
print(Beta(wins + 1, losses + 1).mean)
p = Dirichlet(torch.tensor([1.0, 2.0, 3.0])).sample()
print(p, p.sum())
