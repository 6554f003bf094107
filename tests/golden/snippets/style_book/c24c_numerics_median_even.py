# Section 8.2: torch.median returns the lower middle value
import torch

even = torch.tensor([4.0, 1.0, 3.0, 2.0])
print(torch.median(even), torch.quantile(even, 0.5))
print(even.nanmedian(), torch.tensor([1.0, float("nan"), 3.0]).median())
print(torch.tensor([1.0, float("nan"), 3.0]).nanmedian())
m = torch.tensor([[3, 1, 2], [9, 7, 8]]).median(dim=1)
print(m)
