# torch.index_select and torch.masked_select
import torch

torch.manual_seed(0)
x = torch.randn(3, 4)
print(x)
indices = torch.tensor([0, 2])
print(torch.index_select(x, 0, indices))
print(torch.index_select(x, 1, indices))
mask = x.ge(0.5)
print(mask)
print(torch.masked_select(x, mask))
