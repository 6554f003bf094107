# Q: arange with float step gives an extra element
import torch

print(torch.arange(0, 1, 0.1).shape, torch.arange(1, 2.5, 0.5))
print(torch.arange(0.0, 0.3, 0.1))
print(torch.linspace(0, 1, 5), torch.linspace(0, 1, steps=1))
print(torch.arange(5).dtype, torch.arange(5.0).dtype, torch.arange(0, 5, 1.0).dtype)
try:
    torch.arange(0, 5, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.arange(5, 0)
except RuntimeError as e:
    print("RuntimeError:", e)
