# np.linspace / np.meshgrid: torch needs indexing= to match numpy's default "xy"
import numpy as np
import torch

xs = torch.linspace(0, 1, 3)
ys = torch.linspace(-1, 1, 2)
X, Y = torch.meshgrid(xs, ys, indexing="xy")
nX, nY = np.meshgrid(np.linspace(0, 1, 3), np.linspace(-1, 1, 2))
print(X.shape, nX.shape)
print(X)
print(np.allclose(X.numpy(), nX), np.allclose(Y.numpy(), nY))
Xi, Yi = torch.meshgrid(xs, ys, indexing="ij")
print(Xi.shape, Yi)
Z = torch.exp(-(X ** 2 + Y ** 2))
print(Z)
