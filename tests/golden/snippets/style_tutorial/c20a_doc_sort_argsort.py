# torch.sort and torch.argsort with descending and stable
import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
sorted, indices = torch.sort(x)
print(sorted)
print(indices)
sorted, indices = torch.sort(x, 0)
print(sorted, indices)
y = torch.tensor([0, 1] * 9)
print(y.sort())
print(y.sort(stable=True))
print(torch.argsort(x, dim=1, descending=True))
