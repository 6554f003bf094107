# value_counts of a categorical column with torch.unique
import torch

cat = torch.tensor([3, 1, 3, 2, 3, 1, 7, 7, 3])
vals, counts = torch.unique(cat, return_counts=True)
print(vals, counts)
order = counts.argsort(descending=True, stable=True)
for v, c in zip(vals[order].tolist(), counts[order].tolist()):
    print(f"{v}: {c}")
_, inverse = torch.unique(cat, return_inverse=True)
print("codes:", inverse)
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 2, 1, 3])))
print(torch.mode(cat))
