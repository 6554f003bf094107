# Data augmentation by tensor ops: horizontal and vertical flips of a tiny image batch.
import torch

img = torch.arange(2 * 3 * 3, dtype=torch.float32).reshape(1, 2, 3, 3)
hflip = torch.flip(img, dims=[3])
vflip = img.flip(-2)
print(hflip[0, 0])
print(vflip[0, 1])
print(torch.equal(hflip.flip(3), img))
print(hflip.is_contiguous(), hflip.stride())
torch.manual_seed(3)
batch = torch.arange(4 * 1 * 2 * 2, dtype=torch.float32).reshape(4, 1, 2, 2)
mask = torch.rand(4) < 0.5
print(mask)
batch[mask] = batch[mask].flip(-1)
print(batch.squeeze(1))
