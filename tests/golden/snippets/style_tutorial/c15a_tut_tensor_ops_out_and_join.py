# Tensors tutorial: joining, the three ways to multiply (including out=), and in-place ops
import torch

grid = torch.arange(1.0, 13.0).reshape(3, 4)
grid[:, 1] = 0
print(f"First row: {grid[0]}")
print(f"Last column: {grid[..., -1]}")
joined = torch.cat([grid, grid * 10], dim=1)
print(joined.shape, torch.stack([grid, grid]).shape)
prod1 = grid @ grid.T
prod2 = grid.matmul(grid.T)
prod3 = torch.empty_like(prod1)
torch.matmul(grid, grid.T, out=prod3)
print(prod3, torch.equal(prod1, prod3) and torch.equal(prod2, prod3))
ew = torch.zeros_like(grid)
torch.mul(grid, grid, out=ew)
print(ew[0], (grid * grid).equal(ew))
grid.add_(5)
print(grid)
