# Puzzle: concatenate two vectors with where and a shifted index
import torch

def concat(a, b):
    n, m = a.shape[0], b.shape[0]
    k = torch.arange(n + m)
    return torch.where(k < n, a[k.clamp(max=n - 1)], b[(k - n).clamp(min=0)])

a = torch.tensor([1, 2, 3])
b = torch.tensor([7, 8])
print(concat(a, b), torch.cat([a, b]))
print(concat(a.float(), b), torch.cat([a.float(), b]).dtype)
print(torch.cat([a, b.to(torch.int8)]).dtype, torch.cat([a.bool(), b.bool()]))
print(torch.concat((a, b)), torch.concatenate([a, b], axis=0))
