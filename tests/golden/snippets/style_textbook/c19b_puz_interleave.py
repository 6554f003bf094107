# Puzzle: interleave two vectors with stack + flatten
import torch

a = torch.tensor([1, 3, 5])
b = torch.tensor([2, 4, 6])
print(torch.stack([a, b], dim=1).flatten())
print(torch.stack([a, b]).T.reshape(-1))
out = torch.empty(6, dtype=a.dtype)
out[0::2], out[1::2] = a, b
print(out)
print(torch.dstack([a, b]).shape, torch.column_stack([a, b]))
print(torch.row_stack([a, b]) if hasattr(torch, "row_stack") else None)
