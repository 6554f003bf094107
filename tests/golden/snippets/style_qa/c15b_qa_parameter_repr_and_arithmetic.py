# Q: what is nn.Parameter exactly, and what do operations on it return?
import torch
from torch import nn

p = nn.Parameter(torch.ones(2))
print(p)
print(isinstance(p, torch.Tensor), type(p * 2).__name__, (p * 2).grad_fn)
print(p.data)
print(nn.Parameter(torch.zeros(2), requires_grad=False))
q = p.detach()
print(type(q).__name__, q.requires_grad)
print(repr(p[0]))
print(nn.Parameter(torch.tensor(3.0)))
