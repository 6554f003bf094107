# Score-function (REINFORCE) gradient vs the reparameterised one for E[z^2], z ~ N(mu, 1)
import torch
from torch.distributions import Normal

torch.manual_seed(20)
mu = torch.tensor(1.0, requires_grad=True)
d = Normal(mu, 1.0)
z = d.sample((1000,))
score_loss = (d.log_prob(z) * z ** 2).mean()
g_score, = torch.autograd.grad(score_loss, mu)
zr = d.rsample((1000,))
g_rep, = torch.autograd.grad((zr ** 2).mean(), mu)
print(z.requires_grad, zr.requires_grad)
print(round(g_score.item(), 1), round(g_rep.item(), 1))
print(2 * mu.item())
