# Q: .T on a batch of matrices warns; what should I use instead?
import torch

batch = torch.arange(12.0).reshape(2, 2, 3)
print(batch.mT.shape, batch.transpose(-2, -1).shape)
print(batch.T.shape)
print(torch.arange(6.0).reshape(2, 3).T)
v = torch.tensor([1.0, 2.0])
print(v.T, v.mT if v.dim() >= 2 else 'no mT for 1-D')
c = torch.tensor([[1 + 1j, 2 - 1j]])
print(c.mH, c.H.shape)
