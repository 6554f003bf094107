# Quiz: % versus fmod with negative divisors and floats.
import torch

n = torch.tensor([5.5, -5.5, 9.0])
print(n % 2)
print(n % -2)
print(torch.fmod(n, -2))
print(torch.remainder(torch.tensor([-9, 9]), 4))
print(torch.tensor([-9, 9]) // -4)
