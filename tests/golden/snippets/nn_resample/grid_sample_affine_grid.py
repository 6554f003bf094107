# F.affine_grid and F.grid_sample: every mode, padding and align_corners, float32 and float64,
# values and both gradients printed to the last bit; a transposed (non-contiguous) grid.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
for dtype in (torch.float32, torch.float64):
    inp = torch.randn(2, 3, 5, 7, dtype=dtype, requires_grad=True)
    grid = (torch.rand(2, 4, 11, 2, dtype=dtype) * 3 - 1.5).requires_grad_()
    for align_corners in (False, True):
        for padding_mode in ("zeros", "border", "reflection"):
            for mode in ("bilinear", "nearest"):
                out = F.grid_sample(inp, grid, mode=mode, padding_mode=padding_mode, align_corners=align_corners)
                go = torch.randn_like(out)
                gi, gg = torch.autograd.grad(out, (inp, grid), go)
                print(dtype, align_corners, padding_mode, mode, out.grad_fn.name())
                print(out.flatten()[:12].tolist(), out.sum().item())
                print(gi.flatten().tolist())
                print(gg.flatten()[:16].tolist(), gg.sum().item())

# A grid laid out (N, W, H, 2) and transposed: the kernel walks it row by row.
inp = torch.randn(1, 2, 6, 6, requires_grad=True)
grid = (torch.rand(1, 13, 5, 2) * 2.2 - 1.1).transpose(1, 2).requires_grad_()
out = F.grid_sample(inp, grid, align_corners=False)
gi, gg = torch.autograd.grad(out.square().sum(), (inp, grid))
print(out.sum().item(), gi.flatten().tolist(), gg.sum().item())

# affine_grid: identity, scaled and rotated thetas, both corner conventions, and its gradient.
theta = torch.tensor([[[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]], [[0.8, -0.6, 0.1], [0.6, 0.8, -0.2]]], requires_grad=True)
for align_corners in (False, True):
    grid = F.affine_grid(theta, (2, 3, 4, 5), align_corners=align_corners)
    print(grid.shape, grid.grad_fn.name(), grid[1].flatten().tolist())
    (g,) = torch.autograd.grad((grid * grid).sum(), theta)
    print(g)
img = torch.arange(16.0).view(1, 1, 4, 4)
out = F.grid_sample(img.expand(2, 1, 4, 4), F.affine_grid(theta, (2, 1, 3, 3), align_corners=False),
                    align_corners=False)
print(out)
out.sum().backward()
print(theta.grad)
