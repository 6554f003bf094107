import torch

h = torch.arange(24, dtype=torch.float).view(2, 4, 3)
lengths = torch.tensor([2, 4])
mask = (torch.arange(4)[None, :] < lengths[:, None]).unsqueeze(-1)
print(mask.shape, mask.dtype)
summed = (h * mask).sum(1)
mean = summed / lengths[:, None]
print(mean)
print(mean.dtype)
print(h.masked_fill(~mask, -1e9).max(1).values)
try:
    h * mask.squeeze(-1)
except Exception as e:
    print(type(e).__name__, e)
