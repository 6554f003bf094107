# Q: scatter_ / index_add_ complain about my src dtype
import torch

dst = torch.zeros(4)
idx = torch.tensor([0, 2])
try:
    dst.index_add_(0, idx, torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
try:
    dst.scatter_(0, idx, torch.tensor([1.0, 2.0], dtype=torch.float64))
except RuntimeError as e:
    print(e)
try:
    dst.scatter_(0, idx.float(), torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(e)
print(dst.index_add_(0, idx, torch.tensor([1.0, 2.0])))
