# Stratified train/valid split by hand
import torch

torch.manual_seed(19)
y = torch.tensor([0] * 12 + [1] * 6 + [2] * 2)
valid_frac = 0.25
train_idx, valid_idx = [], []
for c in y.unique():
    idx = (y == c).nonzero(as_tuple=True)[0]
    idx = idx[torch.randperm(len(idx))]
    n_valid = max(1, int(round(len(idx) * valid_frac)))
    valid_idx.append(idx[:n_valid]); train_idx.append(idx[n_valid:])
train_idx = torch.cat(train_idx); valid_idx = torch.cat(valid_idx)
print("valid:", valid_idx.tolist())
print("train class counts:", torch.bincount(y[train_idx]).tolist())
print("valid class counts:", torch.bincount(y[valid_idx]).tolist())
