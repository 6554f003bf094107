# Quiz: reductions over empty tensors.
import torch

e = torch.tensor([])
print(e.sum(), e.prod(), e.shape, e.dtype)
print(e.mean())
try:
    e.max()
except RuntimeError as err:
    print(type(err).__name__, err)
print(torch.zeros(0, 3).sum(dim=0))
