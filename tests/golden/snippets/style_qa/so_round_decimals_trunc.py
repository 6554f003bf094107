# Q: rounding a tensor to 2 decimals, and round/floor/trunc on negatives and halves.
import torch

x = torch.tensor([1.2345, -1.5, 2.5, 0.5, -0.5, 3.14159])
print(torch.round(x))
print(torch.round(x, decimals=2))
print(x.round(decimals=1))
print(torch.floor(x), torch.ceil(x))
print(torch.trunc(x), x.frac())
print(torch.fix(x))
print((x * 100).round() / 100)
print(torch.tensor([7, -7]) // 2, torch.tensor([7, -7]) % 3, torch.fmod(torch.tensor([7, -7]), 3))
print(torch.remainder(torch.tensor([-7.5]), 2))
