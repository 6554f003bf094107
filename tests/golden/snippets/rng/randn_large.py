import torch

torch.manual_seed(0)
print(torch.randn(16))
print(torch.randn(17))
print(torch.randn(4, 8))
