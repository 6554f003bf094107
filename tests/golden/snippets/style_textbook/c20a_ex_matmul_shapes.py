# Exercise: multiply a 5x3 matrix by a 3x2 matrix (real matrix product)
import torch

Z = torch.ones(5, 3) @ torch.ones(3, 2)
print(Z)
print(torch.mm(torch.ones(5, 3), torch.ones(3, 2)).shape)
# Exercise: what goes wrong with the wrong shapes?
try:
    torch.ones(5, 3) @ torch.ones(2, 3)
except RuntimeError as e:
    print("RuntimeError:", e)
