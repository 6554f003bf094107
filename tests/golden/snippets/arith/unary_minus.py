import torch

t = torch.tensor([1., -2., 0.])
print(-t)
print(+t)
print(-torch.tensor([1, -2]))
print(-torch.tensor(3.))
print(-(-t))
