# torch.zeros / ones / full and their *_like variants
import torch

print(torch.zeros(2, 3))
print(torch.zeros(5))
print(torch.ones(2, 3))
print(torch.ones(5))
input = torch.empty(2, 3)
print(torch.zeros_like(input))
print(torch.ones_like(input))
print(torch.full((2, 3), 3.141592))
print(torch.full_like(input, 7, dtype=torch.int64))
print(torch.full((2,), True))
