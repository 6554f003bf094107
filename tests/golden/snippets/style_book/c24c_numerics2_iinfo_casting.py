# Section 5.16: saturating by hand with iinfo
import torch

vals = torch.tensor([-300.0, -5.5, 0.0, 127.9, 500.0])
lim = torch.iinfo(torch.int8)
print(vals.clamp(lim.min, lim.max).to(torch.int8))
print(vals.round().clamp(0, 255).to(torch.uint8))
print(torch.iinfo(torch.uint8).max + 1, torch.tensor(255, dtype=torch.uint8) + 1)
print(torch.iinfo(torch.int16), torch.iinfo(torch.uint8).bits)
