# an identity affine grid reproduces the image (align_corners=False)
import torch
import torch.nn.functional as F

torch.manual_seed(131)
img = torch.randn(1, 1, 3, 4)
theta = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(theta, img.shape, align_corners=False)
out = F.grid_sample(img, grid, align_corners=False)
print(grid[0, 0])
print(torch.allclose(out, img, atol=1e-6))
flip = torch.tensor([[[-1.0, 0.0, 0.0], [0.0, 1.0, 0.0]]])
print(torch.allclose(F.grid_sample(img, F.affine_grid(flip, img.shape, align_corners=False), align_corners=False), img.flip(-1), atol=1e-6))
