# Section 5.1: half precision rounding
import torch

x = torch.tensor([0.1, 1.0 / 3, 2049.0, 65504.0, 65520.0])
h = x.half()
print(h)
print(h.float())
print(torch.tensor(2048.0, dtype=torch.float16) + 1)
print(torch.tensor(1.0, dtype=torch.float16) + torch.tensor(0.0004, dtype=torch.float16))
print((h.float() - x).abs())
