import torch

x = torch.arange(1.0, 7.0)
print(torch.roll(x, 1))
print(torch.roll(x, -2))
lagged = torch.roll(x, 1)
lagged[0] = float("nan")
print(lagged)
m = torch.arange(6).view(2, 3)
print(torch.roll(m, shifts=(1, 1), dims=(0, 1)))
