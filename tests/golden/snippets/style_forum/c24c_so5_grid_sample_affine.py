# Q: identity affine_grid + grid_sample gives back the image
import torch
import torch.nn.functional as F

img = torch.arange(16.0).reshape(1, 1, 4, 4)
theta = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(theta, size=(1, 1, 4, 4), align_corners=False)
print(grid.shape, grid[0, 0, :2])
out = F.grid_sample(img, grid, align_corners=False)
print(torch.allclose(out, img))
flip = torch.tensor([[[-1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
print(F.grid_sample(img, F.affine_grid(flip, (1, 1, 4, 4), align_corners=False), align_corners=False)[0, 0, 0])
