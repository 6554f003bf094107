# Monte Carlo ELBO for a 1-D Gaussian model with a Gaussian variational posterior
import torch
from torch.distributions import Normal

torch.manual_seed(4)
data = torch.tensor([1.2, 0.8, 1.5, 0.9])
q_mu = torch.tensor(0.5, requires_grad=True)
q_rho = torch.tensor(-1.0, requires_grad=True)
q = Normal(q_mu, torch.nn.functional.softplus(q_rho))
prior = Normal(0.0, 2.0)
z = q.rsample((16,))
log_lik = Normal(z[:, None], 0.5).log_prob(data).sum(-1)
elbo = (log_lik + prior.log_prob(z) - q.log_prob(z)).mean()
(-elbo).backward()
print(z.shape, log_lik.shape)
print(round(elbo.item(), 3))
print(round(q_mu.grad.item(), 3), round(q_rho.grad.item(), 3))
