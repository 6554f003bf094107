# checking an edge_index before use: shape, dtype, range
import torch

def check(ei, n):
    if ei.dim() != 2 or ei.size(0) != 2:
        return f"bad shape {tuple(ei.shape)}"
    if ei.dtype != torch.long:
        return f"bad dtype {ei.dtype}"
    if int(ei.max()) >= n or int(ei.min()) < 0:
        return f"index out of range (max {int(ei.max())}, n {n})"
    return "ok"

print(check(torch.tensor([[0, 1], [1, 2]]), 3))
print(check(torch.tensor([[0, 1], [1, 3]]), 3))
print(check(torch.tensor([[0, 1, 2]]), 3))
print(check(torch.tensor([[0.0, 1.0], [1.0, 0.0]]), 3))
