# RandomResizedCrop's box sampling by hand: scale and ratio with a seeded generator, then resize.
import math
import torch
import torch.nn.functional as F

g = torch.Generator().manual_seed(3)
H = W = 8
area = H * W
s = torch.empty(1).uniform_(0.25, 1.0, generator=g).item()
logr = torch.empty(1).uniform_(math.log(3 / 4), math.log(4 / 3), generator=g).item()
w = int(round(math.sqrt(area * s * math.exp(logr))))
h = int(round(math.sqrt(area * s / math.exp(logr))))
print(round(s, 4), round(logr, 4), h, w)
img = torch.arange(64, dtype=torch.float32).reshape(1, 1, 8, 8)
crop = img[..., :h, :w]
print(F.interpolate(crop, size=(4, 4), mode="nearest")[0, 0])
