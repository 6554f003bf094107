import torch

a = torch.tensor([1., 2., 3.])
b = torch.tensor([3., 2., 1.])
print(a > 1)
print(a >= 2)
print(a < b)
print(a <= b)
print(a == b)
print(a != b)
print((a > 1).dtype)
