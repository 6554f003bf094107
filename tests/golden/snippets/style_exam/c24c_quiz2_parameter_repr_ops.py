# Quiz B29: a Parameter after arithmetic is a plain tensor
import torch
import torch.nn as nn

p = nn.Parameter(torch.tensor([1.0, 2.0]))
q = p * 2
print(type(p).__name__, type(q).__name__)
print(p)
print(q)
print(isinstance(p, torch.Tensor), p.is_leaf, q.is_leaf)
print(nn.Parameter(torch.tensor([1, 2]), requires_grad=False))
try:
    nn.Parameter(torch.tensor([1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
