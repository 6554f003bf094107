import torch

raw_ids = torch.tensor([1001, 42, 1001, 77, 42, 9])
uniq, inv = torch.unique(raw_ids, sorted=True, return_inverse=True)
print(uniq)
print(inv)
_, counts = torch.unique(raw_ids, return_counts=True)
print(counts)
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 2, 3, 1])))
