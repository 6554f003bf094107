import torch

states = torch.tensor([[[1.0, -1.0], [3.0, 0.5], [9.0, 9.0]], [[0.0, 2.0], [-1.0, -2.0], [4.0, 1.0]]])
lengths = torch.tensor([2, 3])
mask = torch.arange(3)[None, :, None] < lengths[:, None, None]
pooled = states.masked_fill(~mask, float("-inf")).amax(dim=1)
print(pooled)
mean = (states * mask).sum(1) / mask.sum(1)
print(mean)
print(torch.cat([pooled, mean], -1).shape)
