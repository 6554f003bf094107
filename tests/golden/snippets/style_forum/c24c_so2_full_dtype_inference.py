# Q: torch.full gives Long when I pass an int fill value
import torch

print(torch.full((2,), 1).dtype, torch.full((2,), 1.0).dtype, torch.full((2,), True).dtype)
print(torch.zeros_like(torch.tensor([1, 2])).dtype, torch.ones_like(torch.tensor([1, 2]), dtype=torch.float32))
print(torch.full((2, 2), 3, dtype=torch.float16))
print(torch.empty(2, 3).shape, torch.empty(0).numel())
print(torch.tensor([]).dtype, torch.tensor([]).shape)
