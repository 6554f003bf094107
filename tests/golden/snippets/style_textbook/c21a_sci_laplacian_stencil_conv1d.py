# The second-difference stencil [1, -2, 1] as a conv1d, applied to x^2 (u'' = 2).
import torch
import torch.nn.functional as F

x = torch.linspace(0, 1, 9)
h = x[1] - x[0]
u = (x ** 2).reshape(1, 1, -1)
stencil = torch.tensor([[[1.0, -2.0, 1.0]]])
d2 = F.conv1d(u, stencil) / h ** 2
print(d2.shape)
print(d2.squeeze().round(decimals=3))
