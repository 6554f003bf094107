# Quiz 6: integer tensors wrap around; floats lose precision
import torch

a = torch.tensor([127], dtype=torch.int8)
print(a + 1)
b = torch.tensor([250], dtype=torch.uint8)
print(b + 10, b * 2)
f = torch.tensor([16777216.0])
print(f + 1, (f + 1).item())
print(torch.tensor([2 ** 62]) * 4)
