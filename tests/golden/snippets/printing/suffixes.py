import torch

x = torch.tensor([1., 2.], requires_grad=True)
d = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
print(x)
print(x * 2)
print(d)
print(d * 2)
print(d.sum())
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.zeros(2, 2, dtype=torch.float64, requires_grad=True).sum(0))
