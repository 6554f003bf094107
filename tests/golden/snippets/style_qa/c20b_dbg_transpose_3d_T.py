# .T on a batch of matrices
import torch

x = torch.arange(24.).view(2, 3, 4)
print(x.mT.shape)
print(x.transpose(1, 2).shape)
print(x.T.shape)
print(x.permute(2, 1, 0).shape)
