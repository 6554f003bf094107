# Mean-field VI for Bayesian logistic regression: reparameterised weights, ELBO with Adam
import torch
import torch.nn.functional as F
from torch.distributions import Normal, kl_divergence

torch.manual_seed(31)
X = torch.tensor([[1.0, 0.5], [1.0, -1.5], [1.0, 2.0], [1.0, 0.0]])
y = torch.tensor([1.0, 0.0, 1.0, 0.0])
mu = torch.zeros(2, requires_grad=True)
rho = torch.full((2,), -2.0, requires_grad=True)
opt = torch.optim.Adam([mu, rho], lr=0.05)
for step in range(40):
    q = Normal(mu, F.softplus(rho))
    w = q.rsample((8,))
    nll = F.binary_cross_entropy_with_logits(w @ X.T, y.expand(8, 4), reduction="sum") / 8
    loss = nll + kl_divergence(q, Normal(0.0, 1.0)).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
print(w.shape, loss.grad_fn.name())
print(mu.detach().round(decimals=1))
print(bool(F.softplus(rho).min() > 0))
