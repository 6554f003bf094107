# view(dtype) reinterprets the same bytes.
import torch

f = torch.tensor([1.0, -2.0, 0.5])
bits = f.view(torch.int32)
print(bits)
print(bits.view(torch.float32))
b = torch.tensor([1, 2, 3, 4], dtype=torch.int16)
print(b.view(torch.int32))
print(b.view(torch.uint8))
print(torch.tensor([1.0], dtype=torch.float64).view(torch.int64))
