# Q: boolean mask selection flattens my tensor. How to keep the shape?
import torch

grid = torch.tensor([[0.5, -1.5, 2.5], [-3.5, 4.5, -5.5]])
positive = grid.gt(0)
print(torch.masked_select(grid, positive), grid[positive].shape)
print(grid.where(positive, torch.tensor(0.0)))
print(grid * positive, (grid * positive).dtype)
print(positive.nonzero(), positive.nonzero(as_tuple=True))
print(torch.argwhere(positive), positive.sum(dim=1))
print(grid.masked_fill(~positive, float('nan')).nanmean(dim=1))
