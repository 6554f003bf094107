import torch

x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(torch.zeros_like(x))
print(torch.ones_like(x))
print(torch.full_like(x, 9))
print(torch.ones_like(x, dtype=torch.int64))
e = torch.empty_like(x)
print(e.shape, e.dtype)
i = torch.tensor([1, 2])
print(torch.zeros_like(i), torch.full_like(i, 2.7))
