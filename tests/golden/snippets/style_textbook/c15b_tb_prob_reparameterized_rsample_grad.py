# The reparameterization trick: rsample keeps the graph, sample does not.
import torch
from torch.distributions import Normal, Exponential, Uniform

torch.manual_seed(23)
mu = torch.tensor(0.5, requires_grad=True)
sigma = torch.tensor(1.5, requires_grad=True)
d = Normal(mu, sigma)
z = d.rsample((1000,))
print(z.requires_grad, d.sample((3,)).requires_grad)
loss = (z ** 2).mean()
loss.backward()
print(loss, mu.grad, sigma.grad)
print(2 * mu.item(), 2 * sigma.item())
rate = torch.tensor(2.0, requires_grad=True)
e = Exponential(rate).rsample((4,))
print(e, e.grad_fn is not None)
u = Uniform(torch.tensor(-1.0), torch.tensor(1.0))
print(u.sample((3,)), u.log_prob(torch.tensor(0.3)), d.has_rsample)
