# Weight sharing: assign each weight to the nearest of 3 centroids (one k-means step)
import torch

w = torch.tensor([0.9, 1.1, -0.5, -0.45, 0.05, 0.0, 1.0, -0.6])
centroids = torch.tensor([-0.5, 0.0, 1.0])
assign = (w[:, None] - centroids[None, :]).abs().argmin(dim=1)
print(assign)
new_c = torch.stack([w[assign == k].mean() for k in range(3)])
print(new_c)
shared = new_c[assign]
print(shared)
print(torch.bincount(assign))
