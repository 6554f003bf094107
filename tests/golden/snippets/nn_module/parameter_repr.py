import torch
from torch import nn

p = nn.Parameter(torch.tensor([1.0, 2.0, 3.0]))
print(p)
print(nn.Parameter(torch.zeros(2, 2), requires_grad=False))
q = p * 2
print(q, type(q).__name__)
print(isinstance(p, torch.Tensor), isinstance(q, nn.Parameter))
print(p.data, type(p.data).__name__)
print(p.detach())
print(p.sum())
print(nn.Parameter())
