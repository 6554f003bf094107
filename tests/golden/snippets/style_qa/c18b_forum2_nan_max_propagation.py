# Q: max() returns nan when one element is nan
import torch

x = torch.tensor([1.0, float("nan"), 3.0])
print(x.max(), x.min(), x.argmax())
print(torch.nanmean(x), x.mean())
print(torch.nansum(x))
print(torch.maximum(x, torch.tensor(2.0)))
print(torch.fmax(x, torch.tensor(2.0)))
print(x[~x.isnan()].max())
