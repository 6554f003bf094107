# Reparameterisation and KL: Normal.rsample keeps the graph, kl_divergence, a tiny VAE-style loss.
import torch
from torch.distributions import Normal, kl_divergence, Independent

torch.manual_seed(0)
mu = torch.tensor([0.5, -1.0], requires_grad=True)
log_std = torch.tensor([0.0, -0.5], requires_grad=True)
q = Normal(mu, log_std.exp())
z = q.rsample()
print(z, z.grad_fn is not None)
try:
    q.sample().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e)[:40])
p = Normal(torch.zeros(2), torch.ones(2))
kl = kl_divergence(q, p)
print(kl)
recon = ((z - torch.tensor([1.0, 1.0])) ** 2).sum()
loss = recon + kl.sum()
loss.backward()
print(mu.grad, log_std.grad)
qi = Independent(Normal(torch.zeros(3), torch.ones(3)), 1)
print(qi.batch_shape, qi.event_shape, qi.log_prob(torch.zeros(3)))
print(Normal(0.0, 1.0).entropy(), q.log_prob(z).sum())
