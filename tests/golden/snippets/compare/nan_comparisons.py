import torch

a = torch.tensor([1., float("nan"), float("inf")])
print(a == a)
print(a > 0)
print(torch.isnan(a))
print(torch.isinf(a), torch.isfinite(a))
print(torch.maximum(a, torch.tensor([2., 2., 2.])))
