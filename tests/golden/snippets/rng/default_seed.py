import torch

print(torch.initial_seed())
print(torch.rand(3))
print(torch.randn(3))
