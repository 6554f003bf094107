# 3-D collocation grid (x, y, t) flattened, with boundary masks per face
import torch

g = torch.linspace(0, 1, 3, dtype=torch.float64)
X, Y, T = torch.meshgrid(g, g, g, indexing="ij")
pts = torch.stack([X, Y, T], dim=-1).reshape(-1, 3)
print(pts.shape)
face = (pts[:, :2] == 0).any(1) | (pts[:, :2] == 1).any(1)
print(face.sum(), (pts[:, 2] == 0).sum())
print(pts[:4])
