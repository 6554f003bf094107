import torch

v = torch.tensor([1, 2, 3])
print(v.T)
print(v.T.shape)
