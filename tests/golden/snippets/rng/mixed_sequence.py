import torch

torch.manual_seed(123)
print(torch.rand(2))
print(torch.randn(2))
print(torch.randint(0, 5, (3,)))
print(torch.rand(16))
print(torch.randn(2, 2))
