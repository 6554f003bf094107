# Image augmentation with plain tensor ops: flips, 90-degree rotations, random crops, brightness jitter.
import torch

torch.manual_seed(0)
img = torch.arange(1.0, 17.0).reshape(1, 4, 4)
print(img.flip(-1))
print(torch.flip(img, dims=[1]))
print(torch.rot90(img, 1, dims=(1, 2)))
print(torch.rot90(img, -1, (1, 2)))

def random_crop(x, size, g):
    _, h, w = x.shape
    i = torch.randint(0, h - size + 1, (1,), generator=g).item()
    j = torch.randint(0, w - size + 1, (1,), generator=g).item()
    return x[:, i:i + size, j:j + size], (i, j)

g = torch.Generator().manual_seed(3)
for _ in range(3):
    crop, pos = random_crop(img, 2, g)
    print(pos, crop.flatten().tolist())
batch = torch.rand(4, 3, 8, 8)
flip_mask = torch.rand(4) < 0.5
flipped = torch.where(flip_mask[:, None, None, None], batch.flip(-1), batch)
print(flip_mask, torch.equal(flipped[~flip_mask], batch[~flip_mask]))
jitter = (batch * torch.empty(4, 1, 1, 1).uniform_(0.8, 1.2)).clamp(0, 1)
print(jitter.shape, jitter.max() <= 1, jitter.mean().item() > 0)
mean = batch.mean(dim=(0, 2, 3))
std = batch.std(dim=(0, 2, 3))
norm = (batch - mean[:, None, None]) / std[:, None, None]
print(mean, std, norm.mean(dim=(0, 2, 3)).abs().max() < 1e-5)
