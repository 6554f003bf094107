# Exercise 8.E: nan-aware reductions on integer tensors
import torch

i = torch.tensor([[1, 2], [3, 4]])
print(torch.nansum(i), torch.nansum(i, dim=0).dtype)
for f in (lambda: torch.nanmean(i), lambda: torch.nanmedian(i), lambda: torch.nanquantile(i.float(), 0.5, dim=1),
          lambda: torch.nanmean(torch.tensor([float("nan")])), lambda: torch.nansum(torch.tensor([True, True]))):
    try:
        print(f())
    except RuntimeError as e:
        print("RuntimeError:", e)
