"""A tour of random tensor functions (seeded so results are reproducible)."""
import torch

torch.manual_seed(2024)
print("rand     :", torch.rand(3))
print("randn    :", torch.randn(3))
print("randint  :", torch.randint(0, 10, (3,)))
print("randperm :", torch.randperm(5))
print("normal   :", torch.normal(mean=torch.zeros(3), std=torch.ones(3) * 2))
print("bernoulli:", torch.bernoulli(torch.full((5,), 0.5)))
print("uniform_ :", torch.empty(3).uniform_(-1, 1))
print("multinom :", torch.multinomial(torch.tensor([0.1, 0.3, 0.6]), 4, replacement=True))
