import torch

a = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
b = torch.tensor([10., 20., 30.])
c = torch.tensor([[100.], [200.]])
print(a + b)
print(a + c)
print(b + c)
print(a + 1)
print((a + b).shape, (b + c).shape)
