# .grad on a slice of a leaf is not the leaf's grad; the non-leaf warning again.
import torch

w = torch.ones(4, requires_grad=True)
part = w[:2]
(part * 3).sum().backward()
print(w.grad)
print(part.grad, part.is_leaf, part.grad_fn.name())
