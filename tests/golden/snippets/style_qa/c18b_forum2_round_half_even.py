# Q: torch.round(2.5) gives 2, is this a bug?
import torch

vals = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5])
print(torch.round(vals))
print(torch.floor(vals + 0.5))
print(torch.round(torch.tensor([1.2345, 9.8765]), decimals=2))
print(vals.to(torch.int64))
print(torch.trunc(vals), torch.ceil(vals))
