# A precision table for choosing a storage type: bits, epsilon, range per float type
import torch

rows = []
for kind in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    info = torch.finfo(kind)
    rows.append((str(kind).split(".")[1], info.bits, info.eps, info.max, info.smallest_normal, info.resolution))
for row in rows:
    print(*row)
print(torch.finfo(torch.float16).min == -torch.finfo(torch.float16).max, torch.iinfo(torch.int8).bits)
