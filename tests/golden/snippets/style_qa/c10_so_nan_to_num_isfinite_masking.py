# Q: cleaning inf/nan from a tensor before computing a loss: nan_to_num, isfinite masks and nanmean.
import torch

x = torch.tensor([1.0, float("nan"), float("inf"), -float("inf"), -2.0])
print(x.isnan(), x.isinf(), x.isfinite(), x.isposinf())
print(torch.nan_to_num(x), torch.nan_to_num(x, nan=0.0, posinf=1e3, neginf=-1e3))
print(x[x.isfinite()].mean(), x.nanmean(), x.nansum())
print(torch.where(torch.isnan(x), torch.zeros_like(x), x))
print(x.clamp(-5, 5))
w = torch.tensor([1.0, 0.0, 4.0], requires_grad=True)
y = torch.sqrt(w)
y.sum().backward()
print(w.grad, torch.nan_to_num(w.grad, posinf=0.0))
z = torch.tensor([0.0, 1.0]) / torch.tensor([0.0, 0.0])
print(z, torch.isnan(z).any().item(), z.nan_to_num(7.0))
print(torch.tensor([float("nan")]) == torch.tensor([float("nan")]), torch.equal(torch.tensor([1.0]), torch.tensor([1.0])))
