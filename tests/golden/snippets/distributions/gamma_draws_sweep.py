# Gamma draws over a sweep of concentrations in float32 and float64 (boosted alpha < 1, tiny and large alphas,
# rejections), and the stream continuing with torch.randn / torch.rand afterwards.
import torch
from torch.distributions import Dirichlet, Gamma

torch.manual_seed(7)
alphas = [1e-3, 0.01, 0.05, 0.2, 0.5, 0.99, 1.0, 1.01, 1.7, 3.0, 7.5, 30.0, 100.0, 1000.0]
for dtype in (torch.float32, torch.float64):
    g = Gamma(torch.tensor(alphas, dtype=dtype), torch.ones(len(alphas), dtype=dtype))
    print(g.sample().tolist())
    print(g.sample((3,)).sum(0).tolist())
print(torch.randn(3), torch.rand(2))
d = Dirichlet(torch.tensor([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]))
s = d.sample((4,))
print(s, s.sum(-1))
print(Dirichlet(torch.full((2, 20), 5.0, dtype=torch.float64)).sample().tolist())
