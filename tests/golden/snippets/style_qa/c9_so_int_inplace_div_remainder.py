# Q: in-place division of an integer tensor fails; remainder vs fmod on negatives; div rounding modes.
import torch

t = torch.tensor([7, -7, 9, -9])
try:
    t /= 2
except RuntimeError as e:
    print(e)
try:
    t.div_(2)
except RuntimeError as e:
    print(e)
t.div_(2, rounding_mode="floor")
print(t)
a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([3, 3, -3, -3])
print(a % b, torch.remainder(a, b), torch.fmod(a, b))
print(a // b, torch.div(a, b, rounding_mode="trunc"), torch.div(a, b))
print(torch.tensor([5.5, -5.5]) // 2, torch.tensor([5.5, -5.5]) % 2)
print(torch.tensor(7) / torch.tensor(2), (torch.tensor(7) / 2).dtype)
try:
    torch.tensor([1, 2]) // torch.tensor([0, 1])
except RuntimeError as e:
    print(e)
print(torch.tensor([1.0, -1.0, 0.0]) // 0)
x = torch.tensor([10, 20])
try:
    x *= 1.5
except RuntimeError as e:
    print(e)
x = x * 1.5
print(x, x.dtype)
x += torch.tensor([0.7, 0.7]).long()
print(x)
