import torch

a = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
b = torch.tensor([[1., 0.], [0., 1.], [1., 1.]])
print(a @ b)
print(torch.mm(a, b))
print(a.mm(b))
print(torch.matmul(a, b))
print(b @ a)
