# Puzzle 12: compress(g, v) - keep the True entries, pad with zeros
import torch

def compress(g, v, i):
    idx = torch.cumsum(g.long(), 0) - 1
    out = torch.zeros(i, dtype=v.dtype)
    out[idx[g]] = v[g]
    return out

g = torch.tensor([False, True, True, False, True])
v = torch.tensor([5, 6, 7, 8, 9])
print(compress(g, v, 5))
print(v[g], v.masked_select(g))
print(torch.cumsum(g, 0), torch.cumsum(g, 0).dtype)
print(g.nonzero(), g.nonzero(as_tuple=True))
