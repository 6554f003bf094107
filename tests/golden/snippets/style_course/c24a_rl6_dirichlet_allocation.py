# A Dirichlet policy for portfolio-style allocation actions
import torch
from torch.distributions.dirichlet import Dirichlet

torch.manual_seed(52)
conc = torch.tensor([2.0, 1.0, 0.5])
alloc = Dirichlet(conc)
print(alloc)
weights = alloc.sample()
print(weights.sum().round(decimals=4), weights.shape)
print(alloc.mean, alloc.concentration)
print(alloc.log_prob(torch.tensor([0.5, 0.3, 0.2])))
print(alloc.entropy(), alloc.variance)
many = alloc.sample((4,))
print(many.shape, (many > 0).all().item())
