# Rotating an image batch by 90 degrees with affine_grid + grid_sample (bilinear, align_corners=False).
import math
import torch
import torch.nn.functional as F

img = torch.arange(1, 17, dtype=torch.float32).reshape(1, 1, 4, 4)
a = math.pi / 2
theta = torch.tensor([[[math.cos(a), -math.sin(a), 0.0], [math.sin(a), math.cos(a), 0.0]]])
grid = F.affine_grid(theta, img.shape, align_corners=False)
out = F.grid_sample(img, grid, align_corners=False)
print(out[0, 0].round(decimals=3))
print(torch.allclose(out, torch.rot90(img, -1, (2, 3)), atol=1e-5), torch.allclose(out, torch.rot90(img, 1, (2, 3)), atol=1e-5))
x = img.clone().requires_grad_()
F.grid_sample(x, grid, align_corners=False).sum().backward()
print(x.grad[0, 0].round(decimals=3))
