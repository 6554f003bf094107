import torch

torch.manual_seed(0)
print(torch.rand(3))
print(torch.rand(2, 3))
print(torch.rand(1))
print(torch.rand(()))
