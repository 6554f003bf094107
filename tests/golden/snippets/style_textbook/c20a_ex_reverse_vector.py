# Exercise: reverse a vector (first element becomes last)
import torch

Z = torch.arange(50)
Z = Z.flip(0)
print(Z)
# Same with negative-step slicing? PyTorch refuses it
try:
    print(torch.arange(5)[::-1])
except ValueError as e:
    print("ValueError:", e)
