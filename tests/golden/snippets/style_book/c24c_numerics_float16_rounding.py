# Section 5.1: half precision rounding
import torch

src = torch.tensor([0.1, 1.0 / 3, 2049.0, 65504.0, 65520.0])
half_vals = src.half()
print(half_vals)
print(half_vals.float())
print(torch.tensor(2048.0, dtype=torch.float16) + 1)
print(torch.tensor(1.0, dtype=torch.float16) + torch.tensor(0.0004, dtype=torch.float16))
print((half_vals.float() - src).abs())
