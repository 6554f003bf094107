import torch

x = torch.tensor([1.0, float("nan"), 3.0, float("nan"), float("nan"), 6.0])
mask = torch.isnan(x)
print(mask, mask.sum())
idx = torch.arange(len(x), dtype=torch.float32)
known = ~mask
filled = x.clone()
filled[mask] = torch.from_numpy(
    __import__("numpy").interp(idx[mask].numpy(), idx[known].numpy(), x[known].numpy())
).float()
print(filled)
print(torch.nan_to_num(x, nan=0.0))
print(torch.nanmean(x))
