import torch

torch.manual_seed(3)
print(torch.randn(3, 4))
print(torch.rand(2, 2) * 100)
print(torch.randn(5) * 1e-3)
print(torch.randn(2, 3, dtype=torch.float64) * 1000)
