# Missing values: fill NaN with the column mean (nanmean) and add an indicator
import torch

X = torch.tensor([[1.0, float("nan"), 3.0],
                  [4.0, 5.0, float("nan")],
                  [float("nan"), 8.0, 9.0],
                  [10.0, 11.0, 12.0]])
mask = torch.isnan(X)
col_means = torch.nanmean(X, dim=0)
print("col means:", col_means)
X_filled = torch.where(mask, col_means.expand_as(X), X)
print(X_filled)
print("missing per column:", mask.sum(0).tolist())
X_full = torch.cat([X_filled, mask.float()], dim=1)
print(X_full.shape, torch.isnan(X_full).any().item())
