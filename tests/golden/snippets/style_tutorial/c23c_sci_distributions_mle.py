# Maximum likelihood fit of a Normal's mean and log-std by gradient ascent on log_prob.
import torch
from torch.distributions import Normal

data = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0], dtype=torch.float64)
mu = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
log_sigma = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
opt = torch.optim.Adam([mu, log_sigma], lr=0.1)
for _ in range(500):
    nll = -Normal(mu, log_sigma.exp()).log_prob(data).mean()
    opt.zero_grad()
    nll.backward()
    opt.step()
print(round(mu.item(), 3), round(log_sigma.exp().item(), 3))
print(round(data.std(unbiased=False).item(), 3))
