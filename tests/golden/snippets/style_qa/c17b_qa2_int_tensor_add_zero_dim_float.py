# Q: in-place ops on integer tensors with float zero-dim tensors
import torch

idx = torch.tensor([1, 2, 3])
try:
    idx.add_(torch.tensor(1.5))
except RuntimeError as e:
    print(e)
print(idx + torch.tensor(1.5), idx.add(torch.tensor(2)))
try:
    idx.div_(2)
except RuntimeError as e:
    print(e)
idx.div_(2, rounding_mode='floor')
print(idx)
