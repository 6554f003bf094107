# Q: assigning through a boolean mask with a scalar, a matching 1-D tensor, and a wrong-sized tensor.
import torch

x = torch.zeros(2, 3)
mask = torch.tensor([[True, False, True], [False, True, False]])
x[mask] = 1.0
print(x)
x[mask] = torch.tensor([5.0, 6.0, 7.0])
print(x)
try:
    x[mask] = torch.tensor([1.0, 2.0])
except RuntimeError as e:
    print(e)
rows = torch.tensor([True, False])
x[rows] = torch.tensor([9.0, 8.0, 7.0])
print(x)
x[:, torch.tensor([False, True, False])] = -1
print(x)
print(x[x > 0].sum(), (x > 0).sum(dim=1))
