# Puzzle 20: repeat(a, d) - stack d copies of a
import torch

def repeat(a, d):
    return a[None, :] + torch.zeros(d, 1, dtype=a.dtype)

a = torch.tensor([1, 2, 3])
print(repeat(a, 2))
print(a.repeat(2, 1))
print(a.repeat(2))
print(a.repeat_interleave(2))
print(torch.repeat_interleave(a, torch.tensor([1, 0, 2])))
print(a.expand(2, 3))
try:
    a.repeat(2)[None].repeat(1)
except RuntimeError as e:
    print(e)
