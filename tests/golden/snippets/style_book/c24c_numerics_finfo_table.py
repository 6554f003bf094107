# Section 5.4: machine epsilon and friends
import torch

floating = [torch.float16, torch.bfloat16, torch.float32, torch.float64]
for fmt in floating:
    limits = torch.finfo(fmt)
    print(fmt, limits.bits, limits.eps, limits.max, limits.tiny, limits.resolution)
print("default:", torch.finfo().dtype, torch.finfo(torch.half).eps)
unit = torch.tensor(1.0)
print(unit + torch.finfo(torch.float32).eps > unit, unit + torch.finfo(torch.float32).eps / 2 > unit)
