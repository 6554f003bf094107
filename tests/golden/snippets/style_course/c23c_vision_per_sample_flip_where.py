# Per-sample random horizontal flip with torch.where and a boolean mask broadcast over C, H, W.
import torch

g = torch.Generator().manual_seed(9)
batch = torch.arange(4 * 1 * 2 * 3, dtype=torch.float32).reshape(4, 1, 2, 3)
flip = torch.rand(4, generator=g) < 0.5
out = torch.where(flip[:, None, None, None], batch.flip(-1), batch)
print(flip)
print(out[:, 0, 0])
print(torch.equal(out[~flip], batch[~flip]))
