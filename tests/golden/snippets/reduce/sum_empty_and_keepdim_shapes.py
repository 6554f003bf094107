import torch

t = torch.ones(2, 3, 4)
print(t.sum(0).shape, t.sum(1, keepdim=True).shape)
print(t.sum((0, 2)).shape, t.mean(-1).shape)
print(torch.zeros(0, 3).sum(0))
print(t.sum(dim=(0, 1, 2)).shape)
