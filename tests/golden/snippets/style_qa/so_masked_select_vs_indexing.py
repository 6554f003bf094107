# Q: masked_select flattens; boolean indexing keeps rows; index_select picks along a dim.
import torch

x = torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, -6.0]])
mask = x > 0
print(mask)
print(torch.masked_select(x, mask))
print(x[mask])
print(x[mask.any(dim=1)])
print(x[:, mask[0]])
print(torch.index_select(x, 1, torch.tensor([2, 0])))
print(x.index_select(0, torch.tensor([1, 1])))
x[~mask] = 0
print(x)
print(x.masked_fill(x == 0, float('nan')))
try:
    x[torch.tensor([True, False, True])]
except IndexError as e:
    print(type(e).__name__, e)
