# Gradients of an MC estimate accumulate over the samples: d/dmu of mean(z) is exactly 1
import torch
from torch.distributions import Normal

torch.manual_seed(33)
mu = torch.tensor([0.0, 1.0], requires_grad=True)
log_s = torch.tensor([0.0, -1.0], requires_grad=True)
z = Normal(mu, log_s.exp()).rsample((5,))
print(z.shape)
z.mean(0).sum().backward()
print(mu.grad)
print(log_s.grad.round(decimals=4))
print(Normal(mu, log_s.exp()).rsample().grad_fn.name())
