import torch

x = torch.tensor([1.0, 9.0, 2.0, 8.0, 3.0, 7.0, 100.0, 4.0])
w = x.unfold(0, 3, 1)
print(w.median(dim=1))
print(w.max(dim=1).values - w.min(dim=1).values)
print(torch.nanmedian(torch.tensor([1.0, float("nan"), 3.0, 2.0])))
print(torch.quantile(w, 0.5, dim=1, interpolation="lower"))
print(x.median())
