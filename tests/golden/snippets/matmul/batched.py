import torch

A = torch.arange(12.).reshape(2, 2, 3)
B = torch.ones(3, 2)
print(A @ B)
print((A @ B).shape)
C = torch.ones(2, 3, 1)
print((A @ C).shape)
print(torch.bmm(A, C))
print((A @ torch.tensor([1., 0., 0.])).shape)
