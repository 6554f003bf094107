# Beta, Dirichlet and Gamma: PyTorch's gamma draws (Marsaglia-Tsang from double normals and uniforms), their
# statistics, log_prob, entropy and parameter checks.
import torch
from torch.distributions import Beta, Dirichlet, Gamma
torch.manual_seed(3)
b = Beta(torch.tensor([0.4]), torch.tensor([0.4]))
print(b, b.batch_shape, b.event_shape)
print(b.sample(), b.sample((4,)))
torch.manual_seed(4)
b2 = Beta(0.4, 0.4)
print(b2.sample((8,)), b2.batch_shape)
print(b2.mean, b2.variance, b2.concentration1, b2.concentration0)
print(b2.log_prob(torch.tensor([0.1, 0.5, 0.9])))
print(b2.entropy())
d = Dirichlet(torch.tensor([[0.5, 1.0, 2.0], [3.0, 3.0, 3.0]]))
print(d.sample(), d.sample((2,)).shape, d.mean, d.variance)
print(d.log_prob(torch.tensor([0.2, 0.3, 0.5])), d.entropy())
g = Gamma(torch.tensor([0.5, 2.0, 9.0]), torch.tensor([1.0, 2.0, 0.5]))
print(g, g.sample(), g.sample((3,)), g.mean, g.variance, g.mode)
print(g.log_prob(torch.tensor([0.3, 1.0, 20.0])), g.entropy())
g64 = Gamma(torch.tensor([0.3], dtype=torch.float64), 1.0)
print(g64.sample((5,)))
print(Gamma(2.0, 3.0).sample((3,)), Gamma(2.0, 3.0).batch_shape)
for bad in [lambda: Beta(-1.0, 1.0), lambda: Gamma(torch.tensor([1.0]), torch.tensor([0.0])), lambda: Dirichlet(torch.tensor(1.0)), lambda: b2.log_prob(torch.tensor([1.5]))]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
lam = Beta(torch.tensor([0.2, 0.2]), torch.tensor([0.2, 0.2])).sample()
print(lam, lam.dtype)
