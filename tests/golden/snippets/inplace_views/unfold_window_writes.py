# Writing into overlapping unfold windows writes only the slice given, through to the base's memory.
import torch

x = torch.arange(10.0)
u = x.unfold(0, 3, 2)
u[0, 2] = 100.0
print(x, u[1, 0])
u2 = torch.arange(10.0).unfold(0, 4, 2)
u2[1] = torch.tensor([-1.0, -2.0, -3.0, -4.0])
print(u2)
u2[:, 0] = 7
print(u2, u2.sum())
v = torch.arange(8.0)
v.unfold(0, 2, 2).mul_(3)
print(v)
y = torch.arange(12.0).view(3, 4).t()
y[1:, 0] = -5.0
print(y, y.stride())
