# Preprocessing a synthetic image batch: per-channel mean/std, normalising, and the un-normalise for display.
import torch

torch.manual_seed(231)
imgs = torch.randint(0, 256, (8, 32, 32, 3), dtype=torch.uint8)
x = imgs.permute(0, 3, 1, 2).float() / 255.0
mean = x.mean(dim=(0, 2, 3))
std = x.std(dim=(0, 2, 3))
print(x.shape, x.dtype)
print(mean, std)
xn = (x - mean[None, :, None, None]) / std[None, :, None, None]
print(xn.mean(dim=(0, 2, 3)).abs().max() < 1e-5, xn.std(dim=(0, 2, 3)))
back = (xn * std.view(1, 3, 1, 1) + mean.view(1, 3, 1, 1)) * 255
print(back.round().to(torch.uint8).equal(imgs.permute(0, 3, 1, 2)))
print(imgs.float().mean(), imgs.max(), imgs.min(), imgs.dtype)
flipped = x.flip(-1)
print(flipped[0, 0, 0, :3], x[0, 0, 0, -3:])
