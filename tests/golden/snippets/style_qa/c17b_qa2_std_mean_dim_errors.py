# Q: mean() on an integer tensor and reductions over a missing dim
import torch

counts = torch.tensor([1, 2, 3, 4])
try:
    counts.mean()
except RuntimeError as e:
    print(e)
print(counts.float().mean(), counts.sum().dtype, counts.prod().dtype)
try:
    counts.std()
except RuntimeError as e:
    print(e)
try:
    counts.float().sum(dim=1)
except IndexError as e:
    print(e)
