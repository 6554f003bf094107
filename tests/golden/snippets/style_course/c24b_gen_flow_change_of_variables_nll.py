# change of variables: log p(x) = log p(z) + log|dz/dx| for z = (x - m) / s
import torch
from torch.distributions import Normal

base = Normal(0.0, 1.0)
m, log_s = torch.tensor(1.0, requires_grad=True), torch.tensor(0.5, requires_grad=True)
x = torch.tensor([0.0, 1.0, 2.5])
z = (x - m) * torch.exp(-log_s)
log_px = base.log_prob(z) - log_s
print(log_px)
nll = -log_px.mean()
nll.backward()
print(nll)
print(m.grad, log_s.grad)
print(Normal(m.detach(), log_s.detach().exp()).log_prob(x))
