# Tensor basics chapter: a 3x4 grid from arange, broadcasting a column against a row, keepdim sums.
import torch

grid = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print(grid)
print(grid.shape, grid.numel(), grid.dtype)
col = torch.arange(3).reshape((3, 1))
row = torch.arange(2).reshape((1, 2))
print(col + row)
print((col * 10 - row).dtype)
totals = grid.sum(dim=1, keepdim=True)
print(totals)
print(grid / totals)
print(grid.cumsum(dim=0))
print(grid.mean(), grid.mean(dim=0))
stacked_rows = torch.cat((grid, grid ** 2), dim=0)
stacked_cols = torch.cat((grid, grid ** 2), dim=1)
print(stacked_rows.shape, stacked_cols.shape)
print(grid == grid.T.T, (grid > 5).sum())
before = id(grid)
grid = grid + 1
print(id(grid) == before)
scratch = torch.zeros_like(grid)
before = id(scratch)
scratch[:] = grid * 2
print(id(scratch) == before, scratch[-1], scratch[1:3, ::2])
