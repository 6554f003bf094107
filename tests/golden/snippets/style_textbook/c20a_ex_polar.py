# Exercise: convert cartesian coordinates (10x2 tensor) to polar coordinates
import torch

torch.manual_seed(0)
Z = torch.rand(10, 2)
X, Y = Z[:, 0], Z[:, 1]
R = torch.sqrt(X ** 2 + Y ** 2)
T = torch.atan2(Y, X)
print(R)
print(T)
print(torch.hypot(X, Y).allclose(R))
