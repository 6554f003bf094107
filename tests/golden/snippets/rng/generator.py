import torch

g = torch.Generator().manual_seed(0)
print(torch.rand(3, generator=g))
torch.manual_seed(0)
print(torch.rand(3))
print(g.initial_seed())
