# torch.isfinite, isinf, isnan, isposinf, isneginf, nan_to_num
import torch

x = torch.tensor([1, float('inf'), 2, float('-inf'), float('nan')])
print(torch.isfinite(x))
print(torch.isinf(x))
print(torch.isnan(x))
print(torch.isposinf(x), torch.isneginf(x))
print(torch.nan_to_num(x))
print(torch.nan_to_num(x, nan=2.0))
print(torch.nan_to_num(x, nan=2.0, posinf=1.0))
