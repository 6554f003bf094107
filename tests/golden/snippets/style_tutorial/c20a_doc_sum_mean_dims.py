# torch.sum and torch.mean with dim and keepdim
import torch

torch.manual_seed(0)
a = torch.randn(1, 3)
print(a)
print(torch.sum(a))
a = torch.randn(4, 4)
print(a)
print(torch.sum(a, 1))
b = torch.arange(4 * 5 * 6).view(4, 5, 6)
print(torch.sum(b, (2, 1)))
print(torch.mean(a, 1))
print(torch.mean(a, 1, True))
print(a.mean(dim=0, keepdim=True).shape)
