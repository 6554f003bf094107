# Puzzle 9: vstack(a, b) with where over a row index
import torch

def vstack(a, b):
    row = torch.arange(2)[:, None]
    return torch.where(row == 0, a, b)

a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(vstack(a, b))
print(torch.vstack((a, b)))
print(torch.vstack([a[:, None], b[:, None]]).shape)
print(torch.hstack((a, b)))
print(torch.stack((a, b), dim=1))
try:
    torch.vstack((a, torch.tensor([7, 8])))
except RuntimeError as e:
    print(e)
