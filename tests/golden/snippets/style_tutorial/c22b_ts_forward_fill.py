import torch

x = torch.tensor([2.0, float("nan"), float("nan"), 5.0, float("nan"), 7.0])
valid = ~torch.isnan(x)
idx = torch.where(valid, torch.arange(len(x)), torch.zeros(len(x), dtype=torch.long))
idx = torch.cummax(idx, 0).values
print(idx)
print(x[idx])
