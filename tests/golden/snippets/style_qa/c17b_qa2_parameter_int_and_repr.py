# Q: nn.Parameter of an integer tensor, and what a Parameter prints
import torch
from torch import nn

p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(p.is_leaf, type(p * 2).__name__, (p * 2).grad_fn.__class__.__name__)
try:
    nn.Parameter(torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
q = nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
print(q, q.dtype)
