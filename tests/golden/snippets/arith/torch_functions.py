import torch

a = torch.tensor([1., 2., 3.])
b = torch.tensor([4., 5., 6.])
print(torch.add(a, b))
print(torch.add(a, b, alpha=2))
print(torch.sub(b, a))
print(torch.mul(a, b))
print(torch.div(b, a))
print(torch.add(a, 1))
print(torch.mul(a, 3))
