import torch

t = torch.zeros(1, 3, 1, 2)
print(t.squeeze().shape)
print(t.squeeze(0).shape)
print(t.squeeze(1).shape)
print(torch.squeeze(t, 2).shape)
v = torch.tensor([1., 2., 3.])
print(v.unsqueeze(0))
print(v.unsqueeze(1))
print(torch.unsqueeze(v, -1).shape)
print(v.unsqueeze(0).unsqueeze(0).shape)
