# Puzzle: shift right by one and pad with a constant
import torch

def shift_right(a, fill):
    n = a.shape[0]
    idx = torch.arange(n) - 1
    return torch.where(idx >= 0, a[idx.clamp(min=0)], fill)

a = torch.tensor([5, 6, 7, 8])
print(shift_right(a, 0), shift_right(a, -1))
print(torch.nn.functional.pad(a, (1, -1), value=-1))
print(torch.cat([torch.tensor([0]), a[:-1]]))
print(shift_right(a.float(), float("nan")))
