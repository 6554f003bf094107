import torch

torch.manual_seed(0)
x = torch.cumsum(torch.randn(12), 0)
w = x.unfold(0, 4, 1)
roll_mean = w.mean(-1)
roll_std = w.std(-1)
print(roll_mean)
print(roll_std)
z = (x[3:] - roll_mean) / roll_std
print(z.round(decimals=3))
