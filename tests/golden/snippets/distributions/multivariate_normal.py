# torch.distributions.MultivariateNormal: sampling, log_prob, entropy, shapes and errors.
import math
import torch
from torch.distributions import MultivariateNormal

torch.manual_seed(0)
cov = torch.tensor([[1.0, 0.5], [0.5, 2.0]])
m = MultivariateNormal(torch.zeros(2), cov)
print(m)
print(m.batch_shape, m.event_shape)
print(m.sample())
print(m.sample((3,)))
print(m.log_prob(torch.tensor([0.3, -0.2])))
print(m.log_prob(torch.tensor([[0.3, -0.2], [1.0, 1.0], [-2.0, 0.5]])))
print(m.entropy())
print(m.mean, m.mode, m.variance, m.stddev)
print(m.scale_tril)
print(m.covariance_matrix)
print(m.precision_matrix)
L = torch.tensor([[2.0, 0.0, 0.0], [0.5, 1.0, 0.0], [-0.3, 0.2, 0.7]])
m2 = MultivariateNormal(torch.tensor([1.0, -1.0, 0.5]), scale_tril=L)
print(m2)
print(m2.covariance_matrix)
x = m2.rsample((4,))
print(x)
print(m2.log_prob(x))
m3 = MultivariateNormal(torch.zeros(2, 3), precision_matrix=torch.eye(3) * 4)
print(m3, m3.batch_shape, m3.event_shape)
print(m3.scale_tril)
print(m3.log_prob(torch.ones(3)))
print(m3.entropy())
d = MultivariateNormal(torch.zeros(3, dtype=torch.float64), torch.eye(3, dtype=torch.float64) * 2)
print(d.log_prob(torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)).item(), d.entropy().item())
print(-1.5 * math.log(2 * math.pi * 2) - (0.01 + 0.04 + 0.09) / 4)
loc = torch.zeros(2, requires_grad=True)
lt = torch.tensor([[1.0, 0.0], [0.3, 0.8]], requires_grad=True)
lp = MultivariateNormal(loc, scale_tril=lt).log_prob(torch.tensor([0.5, -1.0]))
lp.backward()
print(lp, loc.grad, lt.grad)
for kwargs in ({}, {"covariance_matrix": cov, "scale_tril": L[:2, :2]}):
    try:
        MultivariateNormal(torch.zeros(2), **kwargs)
    except ValueError as e:
        print(e)
try:
    MultivariateNormal(torch.tensor(0.0), cov)
except ValueError as e:
    print(e)
try:
    MultivariateNormal(torch.zeros(2), torch.tensor([[1.0, 2.0], [2.0, 1.0]]))
except ValueError as e:
    print(e)
try:
    MultivariateNormal(torch.zeros(2), torch.tensor([1.0, 2.0]))
except ValueError as e:
    print(e)
from torch.distributions import kl_divergence
q = MultivariateNormal(torch.tensor([1.0, -0.5]), torch.tensor([[2.0, 0.3], [0.3, 0.5]]))
print(kl_divergence(m, q), kl_divergence(q, m))
print(kl_divergence(m3, MultivariateNormal(torch.ones(3), scale_tril=L)))
print(kl_divergence(m, m))
