# grid_sample with nearest mode and zeros/border padding for an out-of-range shift.
import torch
import torch.nn.functional as F

img = torch.arange(1, 5, dtype=torch.float32).reshape(1, 1, 2, 2)
theta = torch.tensor([[[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]]])
grid = F.affine_grid(theta, (1, 1, 2, 2), align_corners=False)
print(grid[0])
for pad in ["zeros", "border", "reflection"]:
    print(pad, F.grid_sample(img, grid, mode="nearest", padding_mode=pad, align_corners=False)[0, 0].tolist())
print(F.grid_sample(img, grid, mode="bilinear", padding_mode="zeros", align_corners=False)[0, 0])
