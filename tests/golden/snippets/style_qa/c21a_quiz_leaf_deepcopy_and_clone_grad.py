# Quiz: does deepcopy keep .grad? Does clone?
import copy
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * 5).sum().backward()
d = copy.deepcopy(w)
c = w.clone()
print(d.grad, d.is_leaf, d.requires_grad)
print(c.grad_fn.name(), c.is_leaf)
