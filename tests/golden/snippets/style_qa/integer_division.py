# Integer tensors: true division gives float, // floors, div with rounding_mode.
import torch

a = torch.tensor([5, -5, 7])
print(a / 2, (a / 2).dtype)
print(a // 2)
print(torch.div(a, 2, rounding_mode='trunc'), torch.div(a, 2, rounding_mode='floor'))
print(a % 3, torch.fmod(a, 3), torch.remainder(a, 3))
b = torch.tensor([5, 6])
b /= 2
