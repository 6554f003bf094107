# Puzzle: sum with @ fails on mixed dtypes
import torch

a = torch.arange(4)
w = torch.tensor([0.25, 0.25, 0.25, 0.25])
try:
    print(a @ w)
except RuntimeError as e:
    print(e)
print(a.float() @ w)
print(torch.dot(a, a), torch.dot(a, a).dtype)
try:
    torch.dot(a, a[:3])
except RuntimeError as e:
    print(e)
b = torch.tensor([True, False, True])
try:
    print(b @ b)
except RuntimeError as e:
    print(type(e).__name__, e)
