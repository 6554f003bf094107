# Everyday statistics on a batch: mean/std/var with dims and unbiased flags, median, quantile, mode, prod.
import torch

torch.manual_seed(0)
x = torch.randn(4, 5) * 2 + 1
print(x.mean(), x.mean(dim=0), x.mean(1, keepdim=True).shape)
print(x.std(), x.std(dim=1, unbiased=False), x.var(0, correction=0))
print(torch.std_mean(x, dim=1))
print(torch.var_mean(x, 0, keepdim=True)[0].shape)
print(x.median(), x.median(dim=1))
print(torch.quantile(x, 0.25), torch.quantile(x, torch.tensor([0.1, 0.9]), dim=1))
print(x.nanmedian(), x.max(), x.argmin(), x.argmax(dim=0))
print(x.sum(dim=(0, 1)), x.prod(1), x.abs().log().sum())
print(torch.aminmax(x), x.amax(dim=1), x.norm(p=1), x.norm(dim=0))
ints = torch.tensor([[1, 2, 2], [3, 3, 3]])
print(ints.float().mean(), ints.sum(), ints.sum(dtype=torch.float64), ints.mode(1))
try:
    ints.mean()
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([]).mean(), torch.tensor([]).sum())
