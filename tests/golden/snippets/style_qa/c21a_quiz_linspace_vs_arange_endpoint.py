# Quiz: which one includes the end point?
import torch

print(torch.linspace(0, 1, steps=4))
print(torch.arange(0, 1, 0.25))
print(torch.arange(10, 0, -3))
print(torch.arange(2, 5.0).dtype)
print(torch.linspace(-1, 1, 1))
print(torch.logspace(0, 2, 3))
