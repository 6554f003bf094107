# Statistics ops: median/mode/kthvalue with indices, cummax/cummin, logcumsumexp, bucketize/searchsorted, histc.
import torch

t = torch.tensor([[3.0, 1.0, 4.0, 1.0, 5.0], [9.0, 2.0, 6.0, 5.0, 3.0]])
print(t.median(), t.median(dim=1), t.nanmedian(dim=0))
print(t.mode(dim=1), torch.tensor([2, 2, 3, 3, 1]).mode())
print(t.kthvalue(2, dim=1), t.kthvalue(1, dim=0, keepdim=True))
print(torch.cummax(t, dim=1), torch.cummin(t[0], dim=0))
print(torch.logcumsumexp(t, dim=1), torch.cumprod(t, 1))
bounds = torch.tensor([1.0, 3.0, 5.0])
print(torch.bucketize(t, bounds), torch.bucketize(t, bounds, right=True))
print(torch.searchsorted(bounds, torch.tensor([0.5, 3.0, 6.0])), torch.searchsorted(bounds, 3.0, side="right"))
print(torch.histc(t, bins=5, min=0, max=10), torch.histogram(t.flatten(), bins=3))
print(t.std(dim=1, correction=0), t.var(dim=1, keepdim=True), torch.var_mean(t, dim=1), torch.std_mean(t))
print(torch.aminmax(t), t.nansum(), torch.count_nonzero(t > 2, dim=1))
