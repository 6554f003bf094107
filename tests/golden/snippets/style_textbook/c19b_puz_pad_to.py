# Puzzle 13: pad_to(a, j) - truncate or zero pad
import torch

def pad_to(a, j):
    i = a.shape[0]
    idx = torch.arange(j)
    return torch.where(idx < i, a[idx.clamp(max=i - 1)], 0)

a = torch.tensor([1, 2, 3])
print(pad_to(a, 5))
print(pad_to(a, 2))
print(torch.nn.functional.pad(a, (0, 2)))
print(torch.nn.functional.pad(a.float(), (1, 1), value=-1.0))
print(torch.nn.functional.pad(a, (0, -1)))
f = torch.tensor([0.5, 1.5])
print(pad_to(f, 4), pad_to(f, 4).dtype)
