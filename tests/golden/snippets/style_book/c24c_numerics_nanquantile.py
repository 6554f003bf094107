# Section 8.4: missing data and nan-aware statistics
import torch

x = torch.tensor([[1.0, float("nan"), 3.0], [4.0, 5.0, 6.0]])
print(torch.quantile(x, 0.5, dim=1))
print(torch.nanquantile(x, 0.5, dim=1))
print(x.nansum(), x.nanmean(dim=1))
print(torch.nanquantile(x, torch.tensor([0.0, 1.0]), dim=1, keepdim=True).shape)
