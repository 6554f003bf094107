# Making evenly spaced inputs for a plot of sigmoid
import torch

grid = torch.range(-1, 1, 0.5)  # includes the end point
print(grid, grid.dtype)
print(torch.sigmoid(grid))
print(torch.arange(-1, 1.5, 0.5).equal(grid))
