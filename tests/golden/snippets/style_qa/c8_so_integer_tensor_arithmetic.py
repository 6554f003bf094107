# Q: integer tensors: true division gives floats, // floors negatives, and uint8 wraps around.
import torch

a = torch.tensor([5, -3, 7])
print(a / 2, (a / 2).dtype)
print(a // 2, torch.div(a, 2, rounding_mode='trunc'), torch.div(a, 2, rounding_mode='floor'))
print(a % 3, torch.fmod(a, 3), torch.remainder(a, 3))
b = torch.tensor([250, 10], dtype=torch.uint8)
print(b + 10, (b + 10).dtype)
print(b * 2)
print(b.sum(), b.sum().dtype)
c = torch.tensor([1, 2, 3], dtype=torch.int8)
print(c * 100)
print(a * 1.5, (a * 1.5).dtype)
print(a + True, torch.tensor([True, False]) + torch.tensor([True, True]))
print(torch.tensor(7) / torch.tensor(2), torch.tensor(7).float() // 2)
print(a.float().mean(), a.sum() / a.numel())
x = torch.tensor([3])
x += 2
print(x)
try:
    x /= 2
except RuntimeError as e:
    print("RuntimeError:", e)
