import warnings
import torch

scalars = [torch.tensor(1.5), torch.tensor(2.5)]
print(torch.tensor(scalars))
print(torch.stack(scalars))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t = torch.tensor(torch.ones(2))
print(t, len(w))
print(str(w[0].message)[:80])
print(torch.as_tensor([1, 2]).dtype, torch.as_tensor([1.0, 2]).dtype, torch.tensor([True, 1]).dtype)
