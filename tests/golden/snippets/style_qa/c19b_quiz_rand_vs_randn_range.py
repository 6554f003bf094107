# Quiz 78: rand vs randn vs normal vs uniform_
import torch

torch.manual_seed(1)
print(torch.rand(3))
print(torch.randn(3))
print(torch.normal(2.0, 0.5, size=(3,)))
print(torch.empty(3).uniform_(-1, 1))
print(torch.empty(2).normal_(mean=10, std=0.1))
print(torch.rand(2, dtype=torch.float64))
print(torch.randn(2, 2).mean().item() != 0)
