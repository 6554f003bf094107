# Q: boolean mask indexing flattens my tensor; how to keep rows? and "The shape of the mask does not match".
import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
mask = x > 0
print(x[mask].shape, x[mask].dim())
row_mask = x.sum(1) > 0
print(row_mask, x[row_mask].shape)
try:
    x[torch.tensor([True, False])]
except IndexError as e:
    print("IndexError:", e)
print(x[:, torch.tensor([True, False, True])].shape)
print(torch.where(mask, x, torch.zeros_like(x)))
x[~mask] = 0
print(x)
print(x[mask.any(1)].shape, mask.all(0))
idx = mask.nonzero()
print(idx.shape, idx[:3], mask.nonzero(as_tuple=True)[1][:3])
