# Puzzle 11: flip(a) by reversed index
import torch

def flip(a):
    n = a.shape[0]
    return a[n - 1 - torch.arange(n)]

a = torch.tensor([1.5, 2.5, -3.0, 4.0])
print(flip(a), torch.flip(a, [0]))
print(a.flip(0).is_contiguous())
try:
    print(a[::-1])
except ValueError as e:
    print("ValueError:", e)
m = torch.arange(6).reshape(2, 3)
print(m.flip(1), m.fliplr(), m.flipud())
