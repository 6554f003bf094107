# Q: result type Float can't be cast to the desired output type Long
import torch

counts = torch.tensor([3, 4, 5])
try:
    counts *= 0.5
except RuntimeError as e:
    print(e)
try:
    counts.div_(2)
except RuntimeError as e:
    print(e)
counts.div_(2, rounding_mode='floor')
print(counts)
flags = torch.tensor([True, False])
try:
    flags += 1
except RuntimeError as e:
    print(e)
