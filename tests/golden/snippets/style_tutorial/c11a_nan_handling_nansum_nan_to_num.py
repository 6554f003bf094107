# Handling NaN and inf in data: isnan masks, nansum/nanmean, nan_to_num, and where-based replacement.
import torch

data = torch.tensor([[1.0, float("nan"), 3.0], [float("inf"), -2.0, float("nan")], [0.5, 0.25, -float("inf")]])
print(data)
print(torch.isnan(data), torch.isinf(data).sum())
print(torch.isfinite(data).all(dim=1))
print(data.nansum(), data.nansum(dim=0), data.nanmean(dim=1))
print(torch.nan_to_num(data))
print(torch.nan_to_num(data, nan=0.0, posinf=1e3, neginf=-1e3))
col_mean = torch.nanmean(torch.where(torch.isinf(data), torch.nan, data), dim=0)
print(col_mean)
filled = torch.where(torch.isnan(data), col_mean.expand_as(data), data)
print(filled)
print(data.max(), torch.nanmedian(data), data[~torch.isnan(data)].sort().values)
print(torch.tensor([1.0, float("nan")]).argmax(), torch.tensor([float("nan"), 1.0]) > 0)
print(torch.fmax(data[0], torch.zeros(3)), torch.maximum(data[0], torch.zeros(3)))
