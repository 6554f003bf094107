# Q: casting large floats or negatives to integer types gives strange numbers.
import torch

f = torch.tensor([3.99, -3.99, 300.0, -1.0])
print(f.to(torch.int32), f.to(torch.int64))
print(f.to(torch.uint8), f.to(torch.int8))
print(torch.tensor([2.5, 3.5]).long(), torch.tensor([2.5, 3.5]).round().long())
print(torch.tensor([1e10]).int(), torch.iinfo(torch.int32).max)
print(torch.tensor([float('inf'), float('nan')]).long())
