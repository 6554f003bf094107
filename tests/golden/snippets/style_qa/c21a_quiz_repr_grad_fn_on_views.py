# Quiz: what grad_fn shows in the repr of views of a non-leaf?
import torch

base = torch.ones(2, 3, requires_grad=True) * 2
print(base[0])
print(base.t())
print(base.view(3, 2)[0])
print(base.unsqueeze(0).shape, base.unsqueeze(0).grad_fn.name())
print(base.expand(2, 2, 3).grad_fn.name())
