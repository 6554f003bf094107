# np.nanmean / np.nansum / np.isnan equivalents
import numpy as np
import torch

x = torch.tensor([1.0, float("nan"), 3.0, float("nan")])
print(torch.isnan(x), x.isnan().sum())
print(torch.nansum(x), torch.nanmean(x), np.nanmean(x.numpy()))
print(x.mean(), x.sum())
print(torch.nan_to_num(x, nan=0.0))
print(torch.where(torch.isnan(x), torch.zeros_like(x), x))
print(torch.isfinite(torch.tensor([1.0, float("inf"), float("-inf")])))
