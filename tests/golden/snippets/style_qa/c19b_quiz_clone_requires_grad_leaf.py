# Quiz 85: is a Parameter's clone a Parameter?
import torch
import torch.nn as nn

p = nn.Parameter(torch.ones(2))
c = p.clone()
print(type(c).__name__, c.is_leaf, c.grad_fn)
d = p.detach()
print(type(d).__name__, d.requires_grad)
print(type(p.data).__name__, type(p * 1).__name__)
import copy
q = copy.deepcopy(p)
print(type(q).__name__, q is p, torch.equal(q, p))
