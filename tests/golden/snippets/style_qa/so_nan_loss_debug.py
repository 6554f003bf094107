# Q: my loss becomes nan: log(0), 0/0 and how to find and replace nans.
import torch

p = torch.tensor([0.0, 0.5, 1.0])
print(torch.log(p))
print(p * torch.log(p))
print(torch.xlogy(p, p))
print(torch.tensor([0.0]) / torch.tensor([0.0]), torch.tensor([1.0]) / 0)
x = torch.tensor([1.0, float('nan'), float('inf'), -float('inf')])
print(torch.isnan(x), torch.isinf(x), torch.isfinite(x))
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=0.0, posinf=1.0, neginf=-1.0))
print(x.isnan().any().item(), torch.nansum(x[:2]), torch.nanmean(torch.tensor([1.0, float('nan'), 3.0])))
print(torch.log(p.clamp(min=1e-7)))
print(torch.tensor(float('nan')) == torch.tensor(float('nan')))
