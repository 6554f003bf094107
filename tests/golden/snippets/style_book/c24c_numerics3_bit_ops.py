# Section 5.22: bit-level tricks on integer tensors
import torch

a = torch.tensor([5, 12, -1])
print(a & 3, a | 8, a ^ 6, ~a)
print(a << 2, a >> 1)
print(torch.bitwise_and(a, torch.tensor([1, 4, 255])))
print(torch.tensor([1.5]).view(torch.int32), torch.tensor([1069547520], dtype=torch.int32).view(torch.float32))
