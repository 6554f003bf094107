# Q: unique rows of a matrix
import torch

m = torch.tensor([[1, 2], [3, 4], [1, 2], [0, 9]])
print(torch.unique(m, dim=0))
vals, inv, cnt = torch.unique(m, dim=0, return_inverse=True, return_counts=True)
print(inv, cnt)
print(torch.unique(m, dim=1))
print(torch.unique(torch.tensor([2.0, float("nan"), 2.0, float("nan")])))
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 1]), return_counts=True, return_inverse=True))
