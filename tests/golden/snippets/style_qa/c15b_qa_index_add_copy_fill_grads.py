# Q: index_add vs index_copy vs index_fill — values and gradients.
import torch

x = torch.zeros(4, 2)
src = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], requires_grad=True)
idx = torch.tensor([0, 2, 0])
added = x.index_add(0, idx, src)
print(added, added.grad_fn)
copied = x.index_copy(0, torch.tensor([3, 1, 0]), src)
print(copied)
filled = src.index_fill(1, torch.tensor([0]), -1.0)
print(filled, filled.grad_fn)
(added.sum() + copied[3].sum() + filled.sum()).backward()
print(src.grad)
