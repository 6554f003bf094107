# Fit a variational Gaussian to a fixed target by maximising the ELBO with Adam
import torch
from torch.distributions import Normal, kl_divergence

torch.manual_seed(18)
target = Normal(2.0, 0.5)
mu = torch.zeros((), requires_grad=True)
rho = torch.zeros((), requires_grad=True)
opt = torch.optim.Adam([mu, rho], lr=0.1)
for step in range(60):
    q = Normal(mu, torch.nn.functional.softplus(rho))
    loss = kl_divergence(q, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 20 == 0:
        print(step, round(loss.item(), 4))
print(round(mu.item(), 2), round(torch.nn.functional.softplus(rho).item(), 2))
