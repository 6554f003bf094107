import torch

t = torch.tensor([[3, 1, 2], [9, 7, 8]])
print(t.sort(dim=1))
print(t.sort(dim=0, descending=True).values)
print(torch.argsort(t, dim=1))
print(t.argsort(descending=True))
print(torch.tensor([2., 1., 2., 1.]).argsort(stable=True))
