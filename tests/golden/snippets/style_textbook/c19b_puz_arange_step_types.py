# Puzzle: arange with int, float and tensor arguments
import torch

print(torch.arange(torch.tensor(4)))
print(torch.arange(1, torch.tensor(2.5), 0.5))
print(torch.arange(0, 10, 3, dtype=torch.float32))
print(torch.arange(3, dtype=torch.uint8) - 1)
print(torch.arange(-3, 3).abs().unique())
try:
    torch.arange(0, 5, 0)
except RuntimeError as e:
    print(e)
print(torch.arange(2.5).dtype, torch.arange(True + 2))
