# Exercise 1.A: logspace with integer dtypes and bases
import torch

print(torch.logspace(0, 2, 3, dtype=torch.int64))
print(torch.logspace(0, 3, 4, base=2, dtype=torch.int32))
print(torch.logspace(1, 0, 3))
print(torch.logspace(0, 1, 1), torch.logspace(0, 1, 0))
try:
    torch.logspace(0, 1, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
