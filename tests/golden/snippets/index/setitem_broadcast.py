import torch

t = torch.zeros(2, 3)
t[:] = torch.tensor([1., 2., 3.])
print(t)
t[:, :] = torch.tensor([[10.], [20.]])
print(t)
t[...] = 0
print(t)
i = torch.zeros(3, dtype=torch.int64)
i[1] = 2.7
print(i)
