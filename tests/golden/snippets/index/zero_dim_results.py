import torch

t = torch.tensor([1.5, 2.5, 3.5])
x = t[1]
print(x, x.dim(), x.shape)
print(x.item(), float(x))
print(t[1:2], t[1:2].shape)
print(torch.tensor([[1, 2]])[0, 1])
