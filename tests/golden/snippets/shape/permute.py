import torch

t = torch.arange(24).reshape(2, 3, 4)
p = t.permute(2, 0, 1)
print(p.shape)
print(t.permute(1, 0, 2).shape)
print(torch.permute(t, (0, 2, 1)).shape)
print(t.transpose(0, 2).shape)
print(p[1])
print(t.mT.shape)
