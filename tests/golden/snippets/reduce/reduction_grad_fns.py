import torch

x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
print(x.sum())
print(x.sum(dim=0))
print(x.mean())
print(x.mean(1))
print(x.max())
print(x.prod())
print(x.std())
print(x.var(0))
