import torch

t = torch.arange(24).reshape(2, 3, 4)
print(t.T.shape)
v = torch.tensor([1, 2, 3])
print(v.T)
print(torch.tensor(5).T)
