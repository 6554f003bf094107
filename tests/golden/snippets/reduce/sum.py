import torch

t = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(t.sum())
print(torch.sum(t))
print(t.sum(dim=0))
print(t.sum(dim=1))
print(t.sum(1, keepdim=True))
print(t.sum(dim=(0, 1)))
print(t.sum(-1))
