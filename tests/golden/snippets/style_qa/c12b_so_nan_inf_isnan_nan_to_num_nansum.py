# Q: my loss became nan: find nans/infs with isnan/isinf/isfinite, replace with nan_to_num, use nansum/nanmean.
import torch

x = torch.tensor([1.0, float('nan'), float('inf'), -float('inf'), 0.0, -2.0])
print(torch.isnan(x), torch.isinf(x), torch.isfinite(x))
print(torch.isposinf(x), torch.isneginf(x), x.isnan().any().item())
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=0.0, posinf=1e4, neginf=-1e4))
print(x.sum(), x.nansum(), x[torch.isfinite(x)].mean(), torch.nanmean(x[~torch.isinf(x)]))
print(torch.log(x), torch.sqrt(x))
print(x / 0, torch.tensor([0.0]) / 0, torch.tensor(0) / 0)
y = torch.tensor([0.0, 1.0], requires_grad=True)
z = torch.sqrt(y)
z.sum().backward()
print(y.grad)
y.grad = None
torch.log(y).sum().backward()
print(y.grad)
print(torch.nanmedian(x), torch.tensor([float('nan'), 1.0]).max(), torch.maximum(torch.tensor(float('nan')), torch.tensor(1.0)))
print(torch.fmax(torch.tensor([float('nan'), 2.0]), torch.tensor([1.0, float('nan')])))
