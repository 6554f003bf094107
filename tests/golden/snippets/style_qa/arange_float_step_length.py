# Q: why does arange with a float step give an extra or missing element? Use linspace.
import torch

print(torch.arange(0, 1, 0.1))
print(len(torch.arange(0, 1, 0.1)), len(torch.arange(1, 2.5, 0.5)))
print(torch.arange(-1, 1, 0.25))
print(torch.linspace(0, 1, steps=5))
print(torch.arange(5).dtype, torch.arange(5.0).dtype, torch.arange(0, 5, 2))
x = torch.arange(0, 0.6, 0.2)
print(x, x[-1].item())
