# Quiz 97: len(range(n)) vs torch.arange shapes with floats
import torch

print(len(range(0, 10, 3)), torch.arange(0, 10, 3).numel())
print(torch.arange(0, 1, 1 / 3))
print(torch.arange(0.0, 0.9, 0.3), torch.arange(0.0, 0.9, 0.3).numel())
print(torch.arange(1, 4, dtype=torch.float64) / 10)
print(torch.arange(10)[::3], torch.arange(10)[-3:])
