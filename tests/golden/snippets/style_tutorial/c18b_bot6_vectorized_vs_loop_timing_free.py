"""Vectorizing a loop: the same result computed two ways (no timing, just correctness)."""
import torch

torch.manual_seed(0)
points = torch.randn(5, 3)
centers = torch.randn(2, 3)

# Loop version: distance from each point to each center
loop = torch.zeros(5, 2)
for i in range(5):
    for j in range(2):
        loop[i, j] = torch.sqrt(((points[i] - centers[j]) ** 2).sum())

# Vectorized version using broadcasting
vec = torch.sqrt(((points[:, None, :] - centers[None, :, :]) ** 2).sum(-1))
print(vec)
print("identical:", torch.equal(loop, vec), "close:", torch.allclose(loop, vec))
print("cdist:", torch.allclose(torch.cdist(points, centers), vec))
