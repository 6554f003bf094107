# Q: the .T warning on tensors that are not 2-D, and permute / mT instead.
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x.mT.shape, x.permute(2, 1, 0).shape, x.transpose(0, 1).shape)
print(x.T.shape)
v = torch.arange(3)
print(v.T)
print(torch.arange(6).reshape(2, 3).t())
