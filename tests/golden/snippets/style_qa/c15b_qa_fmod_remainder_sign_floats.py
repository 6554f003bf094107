# Q: % on negative floats differs from C's fmod. Which one does PyTorch use?
import torch

a = torch.tensor([-7.5, 7.5, -7.5, 7.5, -0.0])
b = torch.tensor([2.0, -2.0, -2.0, 2.0, 3.0])
print(a % b)
print(torch.remainder(a, b))
print(torch.fmod(a, b))
print(a // b)
print(torch.div(a, b, rounding_mode='trunc'), torch.div(a, b, rounding_mode='floor'))
print(torch.tensor([-7, 7]) % 3, torch.fmod(torch.tensor([-7, 7]), 3))
print(torch.tensor(5.0) % 0, torch.fmod(torch.tensor(5.0), 0))
