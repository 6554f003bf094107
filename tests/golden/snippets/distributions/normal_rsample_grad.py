import torch
from torch.distributions import Normal

torch.manual_seed(1)
mu = torch.tensor(1.0, requires_grad=True)
sigma = torch.tensor(0.5, requires_grad=True)
d = Normal(mu, sigma)
z = d.rsample((5,))
print(z)
print(z.grad_fn)
loss = (z ** 2).mean()
loss.backward()
print(mu.grad, sigma.grad)
s = d.sample((2,))
print(s.requires_grad, s.grad_fn)
