# Section 8.8: weighted counting
import torch

bins = torch.tensor([0, 1, 1, 3, 1])
w = torch.tensor([0.5, 1.0, 1.0, 2.0, 0.25])
print(torch.bincount(bins, weights=w))
print(torch.bincount(bins, weights=w.double()).dtype)
try:
    torch.bincount(torch.tensor([-1, 2]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.bincount(torch.tensor([], dtype=torch.long)))
