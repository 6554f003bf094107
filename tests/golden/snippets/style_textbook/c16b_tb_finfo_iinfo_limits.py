# Numeric limits: how far apart neighbouring floats are, and the integer ranges.
import torch

table = {}
for kind in (torch.half, torch.bfloat16, torch.float, torch.double):
    info = torch.finfo(kind)
    table[str(kind).replace('torch.', '')] = (info.bits, info.eps, info.smallest_normal, info.resolution)
for key, row in table.items():
    print(f"{key:>9}", *row)
for kind in (torch.int16, torch.uint8):
    limits = torch.iinfo(kind)
    print(kind, limits.min, limits.max, limits.dtype)
print(torch.finfo(torch.float16))
print(torch.iinfo(torch.int32))
