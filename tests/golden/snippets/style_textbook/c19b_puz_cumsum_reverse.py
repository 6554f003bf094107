# Puzzle: reverse cumulative sum (suffix sums)
import torch

def rcumsum(a):
    n = a.shape[0]
    return a @ (torch.arange(n)[:, None] >= torch.arange(n)).to(a.dtype)

a = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(rcumsum(a))
print(a.flip(0).cumsum(0).flip(0))
print(a.sum() - a.cumsum(0) + a)
print(torch.logcumsumexp(torch.zeros(4), dim=0))
i = torch.tensor([1, 2, 3], dtype=torch.int32)
print(i.cumsum(0).dtype, i.cumprod(0).dtype, i.cumsum(0, dtype=torch.int16).dtype)
