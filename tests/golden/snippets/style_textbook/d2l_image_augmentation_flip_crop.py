# Image tensors by hand: flips, crops with slicing, normalising per channel and interpolate to resize.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.rand(3, 4, 6)
print(torch.flip(img, dims=[2]).shape, torch.equal(img.flip(-1).flip(-1), img))
crop = img[:, 1:3, 2:5]
print(crop.shape)
mean = img.mean(dim=(1, 2), keepdim=True)
std = img.std(dim=(1, 2), keepdim=True)
print(mean.squeeze(), std.squeeze())
norm = (img - mean) / std
print(norm.mean(dim=(1, 2)).abs().max() < 1e-6)
up = F.interpolate(img.unsqueeze(0), scale_factor=2, mode='nearest')
print(up.shape)
bi = F.interpolate(img.unsqueeze(0), size=(2, 3), mode='bilinear', align_corners=False)
print(bi[0, 0])
print(F.pad(img, (1, 1, 0, 0)).shape, F.pad(img, (1, 1), value=-1.0)[0, 0])
