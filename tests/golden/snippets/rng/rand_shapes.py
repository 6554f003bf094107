import torch

torch.manual_seed(2024)
print(torch.rand(2, 2, 2))
print(torch.randn(3, 1))
print(torch.randn(100).shape)
print(torch.randn(100).mean() < 1)
