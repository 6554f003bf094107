# Exercise: x and y coordinates covering the [0,1]x[0,1] area
import torch

X, Y = torch.meshgrid(torch.linspace(0, 1, 5), torch.linspace(0, 1, 5), indexing="xy")
print(X)
print(Y)
X2, Y2 = torch.meshgrid(torch.arange(3), torch.arange(2), indexing="ij")
print(X2, Y2)
