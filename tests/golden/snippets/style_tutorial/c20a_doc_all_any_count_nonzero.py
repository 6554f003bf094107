# torch.all, any and count_nonzero
import torch

a = torch.rand(1, 2).bool()
print(a)
print(torch.all(a))
b = torch.tensor([[True, False], [True, True]])
print(torch.all(b, dim=1))
print(torch.any(b, dim=0))
print(torch.any(torch.tensor([0, 0, 1])))
x = torch.zeros(3, 3)
x[torch.randn(3, 3) > 0.5] = 1
print(x)
print(torch.count_nonzero(x))
print(torch.count_nonzero(x, dim=0))
