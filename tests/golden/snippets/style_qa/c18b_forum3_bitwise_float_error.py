# Q: combining masks with & fails on float tensors
import torch

a = torch.tensor([1.0, 0.0, 1.0])
b = torch.tensor([1.0, 1.0, 0.0])
try:
    print(a & b)
except RuntimeError as err:
    print(err)
print(a.bool() & b.bool())
print(torch.logical_and(a, b))
print((a > 0) | (b > 0), ~(a > 0))
try:
    print(~a)
except (RuntimeError, TypeError) as err:
    print(type(err).__name__, err)
