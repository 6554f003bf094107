import torch

a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6]])
print(torch.cat([a, b]))
print(torch.cat((a, a), dim=1))
print(torch.cat([a, b], dim=0).shape)
print(torch.cat([torch.tensor([1.]), torch.tensor([2., 3.])]))
print(torch.cat([torch.tensor([1]), torch.tensor([2.5])]))
print(torch.cat([a, a], dim=-1).shape)
