# Q: integer division with negative numbers: //, torch.div rounding modes, fmod vs remainder, vs Python.
import torch

a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
print(a / b)
print(a // b, [x // y for x, y in zip(a.tolist(), b.tolist())])
print(torch.div(a, b, rounding_mode='trunc'))
print(torch.div(a, b, rounding_mode='floor'))
print(torch.fmod(a, b), torch.remainder(a, b), a % b)
print([x % y for x, y in zip(a.tolist(), b.tolist())])
print(torch.floor_divide(a, 2), a.div(2).dtype)
f = torch.tensor([7.5, -7.5])
print(f // 2, f % 2, torch.fmod(f, 2))
try:
    print(torch.tensor([1, 2]) // torch.tensor([0, 1]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1.0, -1.0, 0.0]) / 0)
x = torch.tensor([5, 3])
x //= 2
print(x, x.dtype)
try:
    x /= 2
except RuntimeError as e:
    print("RuntimeError:", e)
