# F.affine_grid + F.grid_sample: identity and shift transforms
import torch
import torch.nn.functional as F

img = torch.arange(16.).view(1, 1, 4, 4)
theta = torch.tensor([[[1., 0., 0.], [0., 1., 0.]]])
grid = F.affine_grid(theta, img.size(), align_corners=False)
print(grid.shape)
print(F.grid_sample(img, grid, align_corners=False))
shift = torch.tensor([[[1., 0., 0.5], [0., 1., 0.]]])
grid = F.affine_grid(shift, img.size(), align_corners=False)
print(F.grid_sample(img, grid, align_corners=False, padding_mode="border"))
print(F.grid_sample(img, grid, mode="nearest", align_corners=False))
