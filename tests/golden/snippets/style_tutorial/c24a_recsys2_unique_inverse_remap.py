# Re-indexing raw item ids to contiguous rows with unique(return_inverse=True)
import torch

raw = torch.tensor([1042, 7, 1042, 99, 7, 5000])
ids_sorted, row_of = torch.unique(raw, return_inverse=True)
print(ids_sorted)
print(row_of)
print(torch.equal(ids_sorted[row_of], raw))
u2, inv2, counts = torch.unique(raw, sorted=True, return_inverse=True, return_counts=True)
print(counts)
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 1, 3])))
print(torch.unique(torch.tensor([[4, 2], [0, 5], [4, 2]]), dim=0))
