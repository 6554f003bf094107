# Quiz 82: max, argmax, sort and unique with NaN
import torch

x = torch.tensor([1.0, float("nan"), 3.0, float("nan")])
print(x.max(), x.argmax(), x.min(), x.argmin())
print(torch.max(x, 0))
print(x.amax(), torch.nanmean(x))
print(torch.unique(x))
print(x.topk(2))
print(torch.clamp(x, 0, 2), x.nan_to_num(nan=-1.0))
