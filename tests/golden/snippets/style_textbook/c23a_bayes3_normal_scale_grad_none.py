# Only the parameters that require grad get gradients through log_prob
import torch
from torch.distributions import Normal

loc = torch.tensor(1.0, requires_grad=True)
scale = torch.tensor(2.0)
lp = Normal(loc, scale).log_prob(torch.tensor([0.0, 3.0])).sum()
lp.backward()
print(lp, loc.grad, scale.grad)
print(lp.grad_fn.name(), Normal(loc, scale).loc is loc)
