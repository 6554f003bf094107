import torch

grid = torch.zeros(2, 3)
flat_view = grid.view(6)
flat_copy = grid.t().reshape(6)
flat_view[4] = 7.0
flat_copy[0] = -5.0
print(grid)
print(flat_view._base is grid, flat_copy._base is None)
print(grid.reshape(3, 2)._base is grid, grid.t().is_contiguous())
