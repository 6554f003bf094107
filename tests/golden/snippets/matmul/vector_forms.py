import torch

v = torch.tensor([1., 2., 3.])
w = torch.tensor([4., 5., 6.])
M = torch.tensor([[1., 0., 1.], [0., 2., 0.]])
print(v @ w)
print(torch.dot(v, w))
print(M @ v)
print(torch.mv(M, v))
print(torch.tensor([1., 1.]) @ M)
print(torch.matmul(v, w).shape, (M @ v).shape)
