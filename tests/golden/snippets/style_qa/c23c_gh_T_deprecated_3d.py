# Issue: "warning about .T on a 3-D tensor"; mT and permute as fixes.
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x.mT.shape, x.permute(2, 1, 0).shape)
try:
    print(x.T.shape)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.arange(6).reshape(2, 3).T.shape, torch.ones(3).T.shape)
