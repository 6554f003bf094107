import torch

a = torch.tensor([1., 5., 3.])
b = torch.tensor([4., 2., 3.])
print(torch.maximum(a, b))
print(torch.minimum(a, b))
print(torch.max(a, b))
print(torch.min(a, b))
print(torch.maximum(torch.tensor([[1.], [6.]]), b))
print(torch.maximum(a, torch.tensor(2.)))
