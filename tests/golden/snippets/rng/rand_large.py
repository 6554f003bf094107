import torch

torch.manual_seed(0)
print(torch.rand(16))
print(torch.rand(20))
print(torch.rand(4, 5))
