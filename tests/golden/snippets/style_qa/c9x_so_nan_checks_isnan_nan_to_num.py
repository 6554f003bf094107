# Q: how do I find and replace NaNs? x == nan is always False; use isnan, nan_to_num, nanmean, nansum.
import torch

x = torch.tensor([1.0, float("nan"), 3.0, float("inf"), -float("inf"), 0.0])
print(x == float("nan"))
print(torch.isnan(x), x.isnan().sum().item())
print(torch.isinf(x), torch.isfinite(x))
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=0.0, posinf=1e6, neginf=-1e6))
print(x.nanmean(), x[torch.isfinite(x)].mean())
print(torch.nansum(x), x.sum())
y = torch.tensor([[1.0, float("nan")], [2.0, 4.0]])
print(y.nanmean(dim=1), y.max(), torch.nanmedian(y))
print(y[~y.isnan()])
y[y != y] = -1
print(y)
print(torch.tensor(0.0) / 0, torch.tensor([0.0]).log(), torch.sqrt(torch.tensor(-1.0)))
