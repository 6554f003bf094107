# collocation points from meshgrid, flattened to (N, 2)
import torch

x = torch.linspace(0, 1, 4, dtype=torch.float64)
t = torch.linspace(0, 0.5, 3, dtype=torch.float64)
X, T = torch.meshgrid(x, t, indexing="ij")
print(X.shape, T.shape)
pts = torch.stack([X.flatten(), T.flatten()], dim=1)
print(pts)
boundary = (pts[:, 0] == 0) | (pts[:, 0] == 1)
initial = pts[:, 1] == 0
print(boundary.sum(), initial.sum(), (boundary & initial).sum())
Xd, Td = torch.meshgrid(x, t)
print(torch.equal(Xd, X))
