# Geometric augmentation with affine_grid + grid_sample: a horizontal flip as an affine matrix.
import torch
import torch.nn.functional as F

img = torch.arange(1, 10, dtype=torch.float32).reshape(1, 1, 3, 3)
theta = torch.tensor([[[-1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(theta, img.shape, align_corners=True)
print(grid.shape)
print(grid[0, 0])
out = F.grid_sample(img, grid, align_corners=True)
print(out[0, 0])
print(torch.equal(out, img.flip(-1)))
