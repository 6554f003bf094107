# grid_sample's and affine_grid's checks, and the align_corners warnings.
import torch
import torch.nn.functional as F

img = torch.arange(16.0).view(1, 1, 4, 4)
theta = torch.tensor([[[0.5, 0.0, 0.25], [0.0, 0.5, 0.0]]])
grid = F.affine_grid(theta, (1, 1, 3, 3))
print(F.grid_sample(img, grid))
cases = [
    lambda: F.affine_grid(theta, (1, 1, 3)),
    lambda: F.affine_grid(theta[0], (1, 1, 3, 3), align_corners=False),
    lambda: F.affine_grid(torch.zeros(1, 2, 3, dtype=torch.long), (1, 1, 3, 3), align_corners=False),
    lambda: F.affine_grid(theta, (2, 1, 3, 3), align_corners=False),
    lambda: F.affine_grid(theta, (1, 1, 1, 3), align_corners=True),
    lambda: F.grid_sample(img, grid, mode="area", align_corners=False),
    lambda: F.grid_sample(img, grid, padding_mode="circular", align_corners=False),
    lambda: F.grid_sample(img[0], grid, align_corners=False),
    lambda: F.grid_sample(img, grid[0], align_corners=False),
    lambda: F.grid_sample(img, torch.zeros(2, 3, 3, 2), align_corners=False),
    lambda: F.grid_sample(img, torch.zeros(1, 3, 3, 3), align_corners=False),
    lambda: F.grid_sample(img.double(), grid, align_corners=False),
    lambda: F.grid_sample(torch.zeros(1, 1, 0, 4), grid, align_corners=False),
    lambda: F.grid_sample(img.long(), torch.zeros(1, 2, 2, 2), align_corners=False),
    lambda: F.grid_sample([1, 2], torch.zeros(1, 2, 2, 2), align_corners=False),
    lambda: F.grid_sample(img, [[0.0]], align_corners=False),
    lambda: F.affine_grid(theta, torch.Size([1, 1, 2, 2]), align_corners=False).shape,
    lambda: F.affine_grid(theta, [1, 1, 2, 2], align_corners=False).shape,
    lambda: F.affine_grid(theta.double(), (1, 1, 2, 2), align_corners=False).dtype,
    lambda: F.affine_grid(theta, (1, 1, 0, 2), align_corners=False),
    lambda: F.affine_grid(theta[:0], (0, 1, 2, 2), align_corners=False),
]
for case in cases:
    try:
        print(case())
    except (RuntimeError, ValueError, NotImplementedError, TypeError) as e:
        print(type(e).__name__, e)
