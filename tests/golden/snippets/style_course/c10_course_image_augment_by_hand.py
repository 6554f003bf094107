# Course notebook: data augmentation by hand on synthetic images - flips, random crops with padding, rot90, normalisation.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(0)
imgs = torch.arange(2 * 3 * 4 * 4, dtype=torch.float32).view(2, 3, 4, 4) / 95.0
flipped = torch.flip(imgs, dims=[3])
print(imgs[0, 0, 0], flipped[0, 0, 0])
mask = torch.rand(2, generator=g) < 0.5
mixed = torch.where(mask[:, None, None, None], flipped, imgs)
print(mask, torch.equal(mixed[1], imgs[1]) or torch.equal(mixed[1], flipped[1]))
padded = F.pad(imgs, (1, 1, 1, 1), mode="reflect")
i, j = torch.randint(0, 3, (2,), generator=g).tolist()
crop = padded[:, :, i:i + 4, j:j + 4]
print(padded.shape, (i, j), crop.shape)
print(torch.rot90(imgs[0, 0], 1, (0, 1)))
mean = imgs.mean(dim=(0, 2, 3), keepdim=True)
std = imgs.std(dim=(0, 2, 3), keepdim=True)
norm = (imgs - mean) / std
print(mean.flatten(), std.flatten())
print(norm.mean(dim=(0, 2, 3)), norm.std(dim=(0, 2, 3)))
noise = imgs + 0.1 * torch.randn(imgs.shape, generator=g)
print(noise.clamp(0, 1).max(), noise.shape)
