# Quiz 86: transposing a 1-D tensor
import torch

v = torch.tensor([1, 2, 3])
print(v.T, v.T.shape)
print(v.t().shape)
print(v[:, None].T.shape, v.unsqueeze(0).shape)
print(v @ v.T)
try:
    v.transpose(0, 1)
except IndexError as e:
    print(e)
print(v.mT if False else v.reshape(1, 3).mT.shape)
