# Q: torch.round(2.5) gives 2 - rounding half to even, round with decimals, floor/ceil/trunc, int casts.
import torch

x = torch.tensor([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001])
print(torch.round(x))
print(x.floor(), x.ceil(), x.trunc())
print(x.long(), x.to(torch.int32), x.frac())
print([round(v) for v in x.tolist()])
y = torch.tensor([1.2345, 2.5678, -0.0051, 123.456])
print(torch.round(y, decimals=2))
print(torch.round(y, decimals=-1), torch.round(y, decimals=1))
print(torch.round(torch.tensor([0.125, 0.375], dtype=torch.float64), decimals=2))
print(torch.round(torch.tensor([5, 15, 25]), decimals=-1) if False else torch.round(torch.tensor([5, 15, 25])))
print(torch.tensor(2.675).round(decimals=2), torch.tensor(2.675, dtype=torch.float64).round(decimals=2))
print((x * 2).round() / 2)
print(torch.round(x).dtype, torch.round(torch.tensor([1, 2])).dtype)
print(torch.fix(x), torch.sign(x), x.abs().round() * x.sign())
