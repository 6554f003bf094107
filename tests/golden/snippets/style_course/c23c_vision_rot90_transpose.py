# Rotations by multiples of 90 degrees: rot90, and transpose+flip equivalence.
import torch

x = torch.arange(6).reshape(1, 2, 3)
print(torch.rot90(x, 1, dims=(1, 2)))
print(torch.rot90(x, -1, dims=(1, 2)))
print(torch.equal(torch.rot90(x, 1, (1, 2)), x.transpose(1, 2).flip(1)))
print(torch.rot90(x, 4, (1, 2)).equal(x), torch.rot90(x, 2, (1, 2)))
try:
    torch.rot90(x, 1, dims=(1, 1))
except RuntimeError as e:
    print("RuntimeError:", e)
