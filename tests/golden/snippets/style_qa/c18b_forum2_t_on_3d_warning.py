# Q: .T on a batch of matrices warns and gives a strange shape
import torch

batch = torch.zeros(2, 3, 4)
print(batch.T.shape)
print(batch.mT.shape)
print(batch.transpose(-2, -1).shape)
print(torch.zeros(3).T.shape)
