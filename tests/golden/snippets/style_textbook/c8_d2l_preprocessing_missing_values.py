# Data preprocessing without pandas: a small table with missing values, mean imputation, one-hot categories.
import math
import torch

rows = [("NA", "Pave", 127500), (2, "NA", 106000), (4, "NA", 178100), ("NA", "NA", 140000)]
num_rooms = torch.tensor([math.nan if r[0] == "NA" else float(r[0]) for r in rows])
print(num_rooms, torch.isnan(num_rooms))
filled = torch.where(torch.isnan(num_rooms), num_rooms.nanmean(), num_rooms)
print(filled, num_rooms.nanmean())
alley = [r[1] for r in rows]
categories = sorted(set(alley))
print(categories)
alley_onehot = torch.tensor([[float(a == c) for c in categories] for a in alley])
print(alley_onehot)
inputs = torch.cat([filled.unsqueeze(1), alley_onehot], dim=1)
targets = torch.tensor([r[2] for r in rows], dtype=torch.float32)
print(inputs, inputs.dtype)
print(targets)
print(torch.nan_to_num(num_rooms, nan=0.0), num_rooms.isnan().sum())
X = torch.tensor([[1.0, math.nan], [3.0, 4.0]])
print(X.nansum(dim=0), torch.nanmean(X, dim=1))
print((targets - targets.mean()) / targets.std())
