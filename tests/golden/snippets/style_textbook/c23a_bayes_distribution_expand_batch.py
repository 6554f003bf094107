# Broadcasting parameters: tensor loc with a scalar scale
import torch
from torch.distributions import Normal

d = Normal(torch.tensor([[0.0], [1.0]]), 0.5)
print(d.batch_shape, d.scale.shape)
lp = d.log_prob(torch.tensor([0.0, 0.5, 1.0]))
print(lp.shape)
print(lp)
e = d.expand(torch.Size([2, 3]))
print(e.batch_shape, e.loc.shape)
print(type(e).__name__)
