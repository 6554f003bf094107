# Random sampling functions: bernoulli, normal with tensor arguments, poisson, randint_like, multinomial.
import torch

torch.manual_seed(0)
probs = torch.tensor([0.1, 0.5, 0.9, 1.0])
print(torch.bernoulli(probs))
print(torch.normal(mean=torch.arange(1., 5.), std=torch.arange(1, 0, -0.25)))
print(torch.normal(2, 3, size=(1, 4)))
print(torch.normal(mean=0.5, std=torch.arange(1., 4.)))
print(torch.poisson(torch.tensor([1.0, 4.0, 10.0])))
print(torch.randint_like(torch.zeros(2, 3), 5))
print(torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 5, replacement=True))
print(torch.multinomial(torch.tensor([[0.0, 1.0], [1.0, 0.0]]), 1))
print(torch.rand(2, 2).uniform_(-1, 1))
print(torch.empty(3).normal_(mean=0, std=0.1))
print(torch.empty(3).exponential_(), torch.empty(2).geometric_(0.5))
