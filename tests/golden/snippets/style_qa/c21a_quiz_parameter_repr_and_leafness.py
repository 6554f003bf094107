# Quiz: what does nn.Parameter print and is it a leaf?
import torch

p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(p.is_leaf, p.requires_grad, type(p).__name__)
q = p * 1
print(type(q).__name__, q.is_leaf)
frozen = torch.nn.Parameter(torch.ones(1), requires_grad=False)
print(frozen)
