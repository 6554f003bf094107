# Time grids with arange and linspace: float steps and lengths
import torch

print(torch.arange(0, 1, 0.1).shape)
print(torch.arange(1, 2.2, 0.4))
print(torch.arange(0, 1, 0.25, dtype=torch.float64))
print(torch.linspace(0, 1, steps=5))
print(torch.linspace(-1, 1, 1))
print(torch.arange(5, 0, -2))
try:
    torch.arange(0, 1, 0)
except RuntimeError as e:
    print(e)
try:
    torch.arange(1, 0, 0.5)
except RuntimeError as e:
    print(e)
