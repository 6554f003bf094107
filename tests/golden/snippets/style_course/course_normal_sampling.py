# Seeded sampling: normal, bernoulli, uniform_, normal_ and randint_like.
import torch

torch.manual_seed(2024)
print(torch.normal(mean=0.0, std=1.0, size=(3,)))
print(torch.normal(torch.zeros(3), torch.tensor([1.0, 10.0, 100.0])))
print(torch.bernoulli(torch.full((6,), 0.5)))
print(torch.empty(4).uniform_(-1, 1))
print(torch.empty(2, 2).normal_(mean=5, std=0.1))
print(torch.randint_like(torch.zeros(5), 0, 3))
print(torch.randn(3, dtype=torch.float64))
print(torch.rand(2, 3).round(decimals=2))
print(torch.randn_like(torch.zeros(2, 2)))
