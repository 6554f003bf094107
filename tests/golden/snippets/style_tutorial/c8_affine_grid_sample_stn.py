# Spatial transformer pieces: affine_grid from a batch of theta, grid_sample of a small image.
import torch
import torch.nn.functional as F

img = torch.arange(16.0).view(1, 1, 4, 4)
theta = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(theta, img.size(), align_corners=False)
print(grid.shape)
print(grid[0, 0])
out = F.grid_sample(img, grid, align_corners=False)
print(out)
theta = torch.tensor([[[0.5, 0.0, 0.25], [0.0, 0.5, 0.0]]], requires_grad=True)
grid = F.affine_grid(theta, (1, 1, 3, 3), align_corners=False)
out = F.grid_sample(img, grid, align_corners=False)
print(out)
out.sum().backward()
print(theta.grad)
