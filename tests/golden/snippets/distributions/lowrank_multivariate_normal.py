# LowRankMultivariateNormal: samples, densities, matrices, gradients and KL with full-rank Gaussians
import torch
from torch.distributions import LowRankMultivariateNormal, MultivariateNormal
from torch.distributions.kl import kl_divergence
torch.manual_seed(15)
loc = torch.randn(2, 4, requires_grad=True)
W = torch.randn(4, 2, requires_grad=True)
D = torch.rand(4) + 0.5
d = LowRankMultivariateNormal(loc, W, D)
print(d, d.batch_shape, d.event_shape)
x = d.rsample((3,))
print(x, d.log_prob(x), d.entropy(), d.variance)
print(d.covariance_matrix[0], d.scale_tril[0], d.precision_matrix[0])
lp = d.log_prob(torch.zeros(4)).sum(); lp.backward(); print(loc.grad, W.grad)
m = MultivariateNormal(torch.zeros(4), covariance_matrix=torch.eye(4) * 2)
q = LowRankMultivariateNormal(torch.ones(4), torch.randn(4, 1), torch.rand(4) + 1)
print(kl_divergence(d, q), kl_divergence(m, q), kl_divergence(d, m), kl_divergence(q, q))
for p_, q_ in [(LowRankMultivariateNormal(torch.zeros(2), torch.ones(2, 1), torch.ones(2)), q), (MultivariateNormal(torch.zeros(2), torch.eye(2)), q), (q, MultivariateNormal(torch.zeros(2), torch.eye(2))), (MultivariateNormal(torch.zeros(2), torch.eye(2)), m)]:
    try: kl_divergence(p_, q_)
    except ValueError as e: print(e)
for bad in [lambda: LowRankMultivariateNormal(torch.tensor(0.), W, D), lambda: LowRankMultivariateNormal(loc, torch.ones(4), D), lambda: LowRankMultivariateNormal(loc, torch.ones(3, 2), D), lambda: LowRankMultivariateNormal(torch.zeros(3, 4), torch.ones(2, 4, 1), D)]:
    try: bad()
    except ValueError as e: print(e)
