# Fitting a Normal distribution's mean and log-std by maximum likelihood with Adam, vs the closed form.
import torch
from torch.distributions import Normal

torch.manual_seed(8)
data = 3.0 + 0.5 * torch.randn(200)
mu = torch.zeros(1, requires_grad=True)
log_sigma = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([mu, log_sigma], lr=0.1)
for step in range(301):
    opt.zero_grad()
    nll = -Normal(mu, log_sigma.exp()).log_prob(data).mean()
    nll.backward()
    opt.step()
    if step % 100 == 0:
        print(step, round(nll.item(), 5), round(mu.item(), 4), round(log_sigma.exp().item(), 4))
print(data.mean(), data.std(unbiased=False))
d = Normal(torch.tensor(0.0), torch.tensor(1.0))
print(d, d.mean, d.stddev)
print(d.cdf(torch.tensor([0.0, 1.96])), d.icdf(torch.tensor(0.975)))
print(d.entropy(), d.log_prob(torch.tensor(0.0)))
s = d.rsample((3,))
print(s.shape, d.batch_shape, d.event_shape)
try:
    Normal(torch.tensor(0.0), torch.tensor(-1.0))
except ValueError as e:
    print("ValueError:", str(e)[:120])
