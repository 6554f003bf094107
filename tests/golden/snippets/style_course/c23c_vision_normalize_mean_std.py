# Per-channel normalisation with dataset mean/std, and undoing it for display.
import torch

torch.manual_seed(0)
imgs = torch.rand(8, 3, 4, 4)
mean = imgs.mean(dim=(0, 2, 3))
std = imgs.std(dim=(0, 2, 3))
print(mean, std, sep="\n")
norm = (imgs - mean[:, None, None]) / std.view(3, 1, 1)
print(norm.mean(dim=(0, 2, 3)).abs().max() < 1e-6)
print(norm.std(dim=(0, 2, 3)))
back = norm * std.view(1, 3, 1, 1) + mean.view(1, 3, 1, 1)
print(torch.allclose(back, imgs, atol=1e-6))
print((back.clamp(0, 1) * 255).round().to(torch.uint8)[0, 0, 0])
