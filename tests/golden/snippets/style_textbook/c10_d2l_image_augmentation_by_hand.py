# Image augmentation by hand on a synthetic batch: flips, random crops, brightness/contrast, normalisation.
import torch

torch.manual_seed(3)
imgs = torch.rand(4, 3, 6, 6)
print(imgs.shape, imgs.mean().item())
hflip = imgs.flip(-1)
vflip = torch.flip(imgs, dims=[2])
print(torch.equal(hflip[..., 0], imgs[..., -1]), torch.equal(vflip[:, :, 0], imgs[:, :, -1]))
coin = torch.rand(4) < 0.5
aug = torch.where(coin[:, None, None, None], hflip, imgs)
print(coin, (aug != imgs).flatten(1).any(1))

def random_crop(x, size):
    h, w = x.shape[-2:]
    i = torch.randint(0, h - size + 1, (1,)).item()
    j = torch.randint(0, w - size + 1, (1,)).item()
    return x[..., i:i + size, j:j + size], (i, j)

crop, pos = random_crop(imgs[0], 4)
print(crop.shape, pos)
bright = (imgs * (1 + (torch.rand(4, 1, 1, 1) - 0.5))).clamp(0, 1)
print(bright.amax().item() <= 1.0, bright.mean(dim=(1, 2, 3)))
mean = imgs.mean(dim=(2, 3), keepdim=True)
contrast = ((imgs - mean) * 1.5 + mean).clamp(0, 1)
print(contrast[0, 0, 0])
ch_mean = imgs.mean(dim=(0, 2, 3))
ch_std = imgs.std(dim=(0, 2, 3))
norm = (imgs - ch_mean[:, None, None]) / ch_std[:, None, None]
print(ch_mean, ch_std)
print(norm.mean(dim=(0, 2, 3)).abs().max() < 1e-5, norm.std(dim=(0, 2, 3)))
rot = torch.rot90(imgs[0, 0], k=1, dims=(0, 1))
print(rot[0], imgs[0, 0, :, -1])
gray = (imgs * torch.tensor([0.299, 0.587, 0.114])[:, None, None]).sum(1, keepdim=True)
print(gray.shape, gray[0, 0, 0])
