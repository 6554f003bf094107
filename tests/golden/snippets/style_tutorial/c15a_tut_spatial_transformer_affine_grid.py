# Spatial transformer tutorial: affine_grid + grid_sample with an identity and a shifted theta
import torch
import torch.nn.functional as F

img = torch.arange(16.0).view(1, 1, 4, 4)
theta = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(theta, img.size(), align_corners=False)
print(grid.shape, grid[0, 0])
same = F.grid_sample(img, grid, align_corners=False)
print(torch.allclose(same, img))
shift = torch.tensor([[[1.0, 0.0, 0.5], [0.0, 1.0, 0.0]]], requires_grad=True)
moved = F.grid_sample(img, F.affine_grid(shift, img.size(), align_corners=False), align_corners=False)
print(moved)
moved.sum().backward()
print(shift.grad)
