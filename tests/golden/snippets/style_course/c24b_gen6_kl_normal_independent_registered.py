# kl_divergence for Independent Normals and an unregistered pair
import torch
from torch.distributions import Independent, Normal, Uniform, kl_divergence

q = Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1)
p = Independent(Normal(torch.ones(2, 3), 2 * torch.ones(2, 3)), 1)
print(kl_divergence(q, p))
try:
    kl_divergence(Normal(0.0, 1.0), Uniform(-1.0, 1.0))
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(kl_divergence(Uniform(-1.0, 1.0), Normal(0.0, 1.0)))
