# Quiz 84: int tensor *= 0.5
import torch

counts = torch.tensor([3, 4, 5])
try:
    counts *= 0.5
except RuntimeError as e:
    print(e)
scaled = counts * 0.5
print(scaled, scaled.dtype)
counts.mul_(2)
print(counts)
try:
    counts.div_(2)
except RuntimeError as e:
    print(e)
counts.div_(2, rounding_mode="floor")
print(counts)
