# Blitz tensor tour in my own order: build from lists and numpy, *_like factories, attributes,
# indexing, concatenation, products, single-element tensors, in-place ops and the numpy bridge.
import numpy as np
import torch

torch.manual_seed(2)
rows = [[2, 7], [1, 8]]
from_list = torch.tensor(rows)
from_np = torch.from_numpy(np.array(rows, dtype=np.float64))
print(from_list, from_np, torch.zeros_like(from_list), torch.rand_like(from_list, dtype=torch.float), sep="\n")
dims = (2, 3)
print(torch.rand(dims), torch.full(dims, 7).dtype, torch.ones(dims).device)
grid = torch.ones(4, 4)
grid[:, 2] = 0
print(f"row 0: {grid[0]}\ncolumn 3: {grid[..., -1]}")
wide = torch.cat([grid, grid * 3], dim=1)
print(wide.shape, wide[1])
print(grid.matmul(grid.T), grid.mul(grid).sum().item())
total = grid.sum()
print(total, type(total.item()))
grid.add_(5)
as_np = grid.numpy()
grid.mul_(0.5)
print(as_np[0], from_np.numpy().dtype)
