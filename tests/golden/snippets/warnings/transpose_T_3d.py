import torch

t = torch.arange(24).reshape(2, 3, 4)
print(t.T.shape)
print(t.mT.shape)
print(t.permute(2, 1, 0).shape)
