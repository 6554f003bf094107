# Puzzle: index_select, take, and plain indexing agree
import torch

m = torch.arange(12).reshape(3, 4)
idx = torch.tensor([2, 0, 2])
print(m[idx], torch.index_select(m, 0, idx))
print(m[:, idx], m.index_select(1, idx))
print(torch.take(m, torch.tensor([0, 5, 11])))
print(m.flatten()[torch.tensor([0, 5, 11])])
try:
    m.index_select(0, torch.tensor([3]))
except IndexError as e:
    print(e)
