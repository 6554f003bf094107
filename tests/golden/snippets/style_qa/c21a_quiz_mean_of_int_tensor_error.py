# Quiz: mean of an integer tensor.
import torch

t = torch.tensor([1, 2, 3, 4])
try:
    t.mean()
except RuntimeError as e:
    print(type(e).__name__, e)
print(t.float().mean())
print(t.sum(), t.sum().dtype)
print(t.prod(), torch.tensor([True, True]).sum())
