# Q: wrapping a computed tensor in nn.Parameter
import torch
from torch import nn

base = torch.tensor([1.0, 2.0], requires_grad=True)
scaled = base * 2
p = nn.Parameter(scaled)
print(p.is_leaf, p.grad_fn, p.requires_grad)
(p * 3).sum().backward()
print(p.grad, base.grad)
m = nn.Linear(2, 2)
m.requires_grad_(False)
print([q.requires_grad for q in m.parameters()], m.weight.is_leaf)
