# torch.rand / randn / randint / randperm / normal / multinomial / bernoulli with generators
import torch

torch.manual_seed(0)
print(torch.rand(4))
print(torch.randn(2, 3))
print(torch.randint(3, 10, (2, 2)))
print(torch.randint_like(torch.zeros(3), 5))
print(torch.randperm(6))
print(torch.normal(mean=torch.arange(1., 6.), std=torch.arange(1, 0, -0.2)))
print(torch.normal(2, 3, size=(1, 4)))
weights = torch.tensor([0, 10, 3, 0], dtype=torch.float)
print(torch.multinomial(weights, 2))
print(torch.multinomial(weights, 4, replacement=True))
print(torch.bernoulli(torch.full((5,), 0.5)))
g = torch.Generator().manual_seed(2147483647)
print(torch.rand(3, generator=g), torch.rand_like(torch.ones(2)).shape)
