# Puzzle: when the broadcasting in outer() is done wrong
import torch

a = torch.arange(3)
b = torch.arange(4)
try:
    print(a * b)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(a[:, None] @ b[:, None])
except RuntimeError as e:
    print("RuntimeError:", e)
print((a[:, None] * b).shape)
print((a[None, :] * b[:, None]).shape)
try:
    torch.where(a[:, None] > 0, a, b)
except RuntimeError as e:
    print("RuntimeError:", e)
