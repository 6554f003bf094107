# Puzzle: argmax as (x == x.max()) with the first index winning
import torch

def argmax(x):
    n = x.shape[0]
    hit = x == x.max()
    return torch.where(hit, torch.arange(n), n).min()

x = torch.tensor([1, 7, 3, 7, 2])
print(argmax(x), x.argmax())
print(argmax(x).dtype, x.argmax().dtype)
f = torch.tensor([0.1, float("nan"), 0.3])
print(f.max(), f.argmax())
print(torch.tensor([False, True, True]).argmax())
