# Rounding and division: round with decimals, floor/ceil/trunc/frac, fmod vs remainder, div rounding modes.
import torch

x = torch.tensor([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.675, -3.14159])
print(torch.round(x))
print(torch.round(x, decimals=2))
print(x.floor(), x.ceil())
print(x.trunc(), x.frac())
a = torch.tensor([-7, -3, 3, 7])
b = torch.tensor([2, 2, -2, -2])
print(torch.fmod(a, b), torch.remainder(a, b), a % b)
print(a / b, torch.div(a, b, rounding_mode="floor"), torch.div(a, b, rounding_mode="trunc"))
print(a // b)
print(torch.fmod(torch.tensor([-7.5, 7.5]), 2.0), torch.remainder(torch.tensor([-7.5, 7.5]), 2.0))
print(torch.tensor([5, 6]) / 2, (torch.tensor([5, 6]) / 2).dtype)
print(torch.true_divide(torch.tensor(7), torch.tensor(2)), torch.floor_divide(torch.tensor(7), 2))
print(torch.tensor([1.4999, 2.5001]).round(), torch.tensor([0.125, 0.375]).round(decimals=2))
try:
    torch.tensor([1, 2]) // 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1.0, -1.0, 0.0]) / 0)
