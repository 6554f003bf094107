import torch

torch.manual_seed(1)
imgs = torch.rand(4, 3, 2, 2)
mean = imgs.mean(dim=(0, 2, 3))
std = imgs.std(dim=(0, 2, 3))
print(mean.shape, std.shape)
try:
    (imgs - mean) / std
except Exception as e:
    print(type(e).__name__, e)
norm = (imgs - mean[:, None, None]) / std[:, None, None]
print(norm.mean(dim=(0, 2, 3)).abs().max() < 1e-6)
print(norm.std(dim=(0, 2, 3)).round(decimals=4))
