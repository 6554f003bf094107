# Exponential, Poisson and MultivariateNormal: draws, densities, reprs, lazy parameters and errors.
import torch
from torch.distributions import Exponential, Poisson, MultivariateNormal, constraints

torch.manual_seed(3)
rate = torch.tensor([0.5, 2.0], requires_grad=True)
e = Exponential(rate)
s = e.rsample((3,))
print(e, s, e.mean, e.variance, e.stddev, e.mode)
s.sum().backward()
print(rate.grad)
print(e.log_prob(torch.tensor([1.0, 0.25])), e.cdf(torch.tensor(1.0)), e.icdf(torch.tensor(0.5)), e.entropy())
print(Exponential(3.0).sample(), Exponential(3.0).batch_shape, e.support)
p = Poisson(torch.tensor([[0.5, 4.0], [10.0, 30.0]]))
print(p, p.sample(), p.sample((2,)).shape, p.mode, p.support)
print(p.log_prob(torch.tensor([[0.0, 3.0], [12.0, 25.0]])))
try:
    Poisson(torch.tensor([1.0])).log_prob(torch.tensor([1.5]))
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0])
try:
    Exponential(torch.tensor([-1.0]))
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0])
loc = torch.tensor([0.0, 1.0, -1.0], dtype=torch.float64)
P = torch.tensor([[2.0, 0.5, 0.0], [0.5, 1.0, 0.2], [0.0, 0.2, 3.0]], dtype=torch.float64)
m = MultivariateNormal(loc, precision_matrix=P)
print(m)
print(m.scale_tril)
print(m, torch.allclose(m.covariance_matrix @ P, torch.eye(3, dtype=torch.float64)))
x = torch.tensor([[0.5, 0.5, 0.5], [1.0, -1.0, 0.0]], dtype=torch.float64)
print(m.log_prob(x), m.entropy(), m.variance)
L = torch.tensor([[1.0, 0.0], [0.3, 0.7]])
mb = MultivariateNormal(torch.zeros(4, 2), scale_tril=L)
print(mb, mb.batch_shape, mb.event_shape, mb.entropy(), mb.precision_matrix.shape)
print(mb.sample(), mb.rsample((2,)).shape, mb.log_prob(torch.ones(2)))
print(constraints.positive_definite, constraints.lower_cholesky, constraints.nonnegative_integer)
for bad in [dict(), dict(covariance_matrix=torch.eye(2), scale_tril=torch.eye(2))]:
    try:
        MultivariateNormal(torch.zeros(2), **bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    MultivariateNormal(torch.tensor(0.0), covariance_matrix=torch.eye(1))
except ValueError as err:
    print("ValueError:", err)
try:
    MultivariateNormal(torch.zeros(2), covariance_matrix=torch.tensor([[1.0, 2.0], [2.0, 1.0]]))
except ValueError as err:
    print("ValueError:", str(err).splitlines()[0])
