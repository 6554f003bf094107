# Puzzle: searchsorted = count of boundaries below
import torch

sorted_seq = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])
values = torch.tensor([[3, 6, 9], [3, 6, 9]])
print(torch.searchsorted(sorted_seq, values))
print(torch.searchsorted(sorted_seq, values, side="right"))
print((sorted_seq[:, None, :] < values[:, :, None]).sum(-1))
try:
    torch.searchsorted(sorted_seq, values, right=False, side="right")
except RuntimeError as e:
    print(e)
