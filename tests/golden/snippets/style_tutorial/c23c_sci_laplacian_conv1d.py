# The discrete Laplacian as a conv1d with kernel [1, -2, 1] applied to x^2 samples.
import torch
import torch.nn.functional as F

x = torch.linspace(0, 1, 6, dtype=torch.float64)
u = (x ** 2).view(1, 1, -1)
k = torch.tensor([[[1.0, -2.0, 1.0]]], dtype=torch.float64)
h = 0.2
lap = F.conv1d(u, k) / h ** 2
print(lap.round(decimals=8))
print(lap.shape, lap.dtype)
print(F.conv1d(u, k, padding=1).shape)
