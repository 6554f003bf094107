# Q: .T on a batch of matrices warns
import torch

batch = torch.arange(24.0).reshape(2, 3, 4)
rev = batch.T
print(rev.shape)
print(batch.mT.shape, batch.transpose(-2, -1).shape)
print(torch.arange(3.0).T.shape)
