# Section 5.10: fmod vs remainder for floats
import torch

a = torch.tensor([5.5, -5.5, 5.5, -5.5])
b = torch.tensor([2.0, 2.0, -2.0, -2.0])
print(torch.fmod(a, b))
print(torch.remainder(a, b))
print(a % 2, torch.fmod(a, 0.0))
print(torch.remainder(torch.tensor([1e20]), 3.0), torch.fmod(torch.tensor([7]), 0))
