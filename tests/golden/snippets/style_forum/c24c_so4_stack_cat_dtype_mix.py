# Q: cat of an int tensor and a float tensor
import torch

ints = torch.tensor([1, 2])
halfs = torch.tensor([0.5])
joined = torch.cat([ints, halfs])
print(joined, joined.dtype)
print(torch.stack([ints.float(), torch.tensor([3.0, 4.0])]).dtype)
try:
    torch.stack([ints, halfs])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([torch.tensor([True]), torch.tensor([2])]))
print(torch.hstack([ints, ints]), torch.vstack([ints, ints]).shape, torch.dstack([ints, ints]).shape)
