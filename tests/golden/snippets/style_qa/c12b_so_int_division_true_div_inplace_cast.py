# Q: int tensor / 2 gives floats, // floors, and x /= 2 on an int tensor fails with "result type Float".
import torch

x = torch.tensor([5, -5, 7])
print(x / 2, (x / 2).dtype)
print(x // 2, torch.div(x, 2, rounding_mode='trunc'), torch.div(x, 2, rounding_mode='floor'))
print(x % 3, torch.remainder(x, 3), torch.fmod(x, 3))
try:
    x /= 2
except RuntimeError as e:
    print(e)
try:
    x.div_(2)
except RuntimeError as e:
    print(e)
x //= 2
print(x)
y = torch.tensor([1, 2, 3])
try:
    y.mul_(1.5)
except RuntimeError as e:
    print(e)
y.mul_(2)
print(y, y.dtype)
try:
    y += torch.tensor([0.5, 0.5, 0.5])
except RuntimeError as e:
    print(e)
print(torch.true_divide(y, 4), torch.floor_divide(y, 4), y.float().div(4))
print(torch.tensor(7) / torch.tensor(2), torch.tensor(7) // torch.tensor(0.5))
try:
    torch.tensor(7) // torch.tensor(0)
except RuntimeError as e:
    print(e)
