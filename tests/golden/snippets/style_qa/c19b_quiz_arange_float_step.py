# Quiz 33: how many elements does arange give?
import torch

print(torch.arange(0, 1, 0.1).shape)
print(torch.arange(1, 2.5, 0.5))
print(torch.arange(0, 1, 0.3))
print(torch.arange(5, 0, -1))
print(torch.arange(0.0, 3))
print(torch.arange(3).dtype, torch.arange(3.0).dtype)
try:
    torch.arange(0, 5, -1)
except RuntimeError as e:
    print(e)
