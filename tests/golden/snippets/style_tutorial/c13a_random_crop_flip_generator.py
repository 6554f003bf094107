# Data augmentation written in torch: random crop with padding and random flip driven by a seeded generator.
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(37)
img = torch.arange(16.0).reshape(1, 4, 4)


def random_crop(x, size, pad, gen):
    x = F.pad(x, (pad, pad, pad, pad))
    i = int(torch.randint(0, x.shape[-2] - size + 1, (1,), generator=gen))
    j = int(torch.randint(0, x.shape[-1] - size + 1, (1,), generator=gen))
    return x[..., i:i + size, j:j + size], (i, j)


def random_flip(x, gen, p=0.5):
    flipped = bool(torch.rand(1, generator=gen) < p)
    return (x.flip(-1) if flipped else x), flipped


for _ in range(3):
    c, pos = random_crop(img, 4, 1, g)
    f, did = random_flip(c, g)
    print(pos, did)
    print(f[0])
batch = img.expand(3, 1, 4, 4)
mask = torch.rand(3, generator=g) < 0.5
out = torch.where(mask[:, None, None, None], batch.flip(-1), batch)
print(mask, out[:, 0, 0])
