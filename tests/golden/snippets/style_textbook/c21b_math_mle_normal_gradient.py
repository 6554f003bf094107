# MLE of a Normal's mean and log-std by gradient ascent vs closed form
import torch
from torch.distributions import Normal

torch.manual_seed(0)
data = 3.0 + 1.5 * torch.randn(200)
mu = torch.zeros((), requires_grad=True)
log_sigma = torch.zeros((), requires_grad=True)
opt = torch.optim.Adam([mu, log_sigma], lr=0.05)
for step in range(400):
    nll = -Normal(mu, log_sigma.exp()).log_prob(data).mean()
    opt.zero_grad()
    nll.backward()
    opt.step()
print(round(mu.item(), 3), round(log_sigma.exp().item(), 3))
print(round(data.mean().item(), 3), round(data.std(unbiased=False).item(), 3))
print(round(nll.item(), 4))
