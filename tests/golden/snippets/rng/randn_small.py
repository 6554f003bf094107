import torch

torch.manual_seed(0)
print(torch.randn(3))
print(torch.randn(2, 3))
print(torch.randn(1))
print(torch.randn(15))
