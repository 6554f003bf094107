# Puzzle: linspace checked against arange for integer steps
import torch

print(torch.linspace(0, 8, 5), torch.arange(0, 9, 2))
print(torch.linspace(0, 8, 5).long().equal(torch.arange(0, 9, 2)))
print(torch.linspace(0, 1, 4, dtype=torch.int32))
print(torch.linspace(5, -5, 3))
print(torch.logspace(0, 3, 4))
print(torch.linspace(0, 1, 1), torch.linspace(0, 1, 0))
try:
    torch.linspace(0, 1, -1)
except RuntimeError as e:
    print(e)
