# Section 5.20: summing many small bfloat16 numbers
import torch

x = torch.full((1000,), 0.01, dtype=torch.bfloat16)
print(x.sum(), x.sum().dtype)
print(x.cumsum(0)[[9, 99, 999]])
print(x.float().sum().round(decimals=3))
print(x[0].item())
