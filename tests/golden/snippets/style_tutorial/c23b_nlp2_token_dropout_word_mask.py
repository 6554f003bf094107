import torch

torch.manual_seed(61)
ids = torch.tensor([[5, 8, 2, 9, 4, 0], [7, 7, 3, 0, 0, 0]])
pad = ids == 0
drop = torch.rand(ids.shape) < 0.3
masked = ids.masked_fill(drop & ~pad, 1)
print(drop)
print(masked)
print((masked == 1).sum().item(), torch.bernoulli(torch.full((2, 3), 0.5)))
