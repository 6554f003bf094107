# Integer and rounding corners: round half to even, decimals, floor division, remainder signs, clamp, powers.
import torch

t = torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5, 2.675])
print(torch.round(t), t.round(decimals=2), t.floor(), t.ceil(), t.trunc())
a = torch.tensor([7, -7, 7, -7])
b = torch.tensor([2, 2, -2, -2])
print(a // b, a % b, torch.fmod(a, b), torch.remainder(a, b), a / b)
print(torch.div(a, b, rounding_mode='trunc'), torch.div(a, b, rounding_mode='floor'))
print(torch.clamp(torch.arange(-3.0, 4.0), min=-1, max=2), torch.arange(5).clamp(max=2))
print(torch.tensor([2, 3]) ** 2, torch.tensor([2.0, 3.0]) ** -1, 2 ** torch.tensor([1, 2, 3]))
try:
    torch.tensor([2, 3]) ** -1
except RuntimeError as e:
    print(e)
print(torch.tensor([250], dtype=torch.uint8) + 10, torch.tensor([127], dtype=torch.int8) + 1)
print(torch.tensor(5) / 0, torch.tensor(-5.0) / 0, torch.tensor(0.0) / 0)
