# Q: boolean mask indexing flattens my tensor
import torch

grid = torch.arange(12).reshape(3, 4)
keep = grid % 3 == 0
print(keep)
print(grid[keep], grid[keep].shape)
row_sel = torch.tensor([True, False, True])
print(grid[row_sel])
try:
    grid[torch.tensor([True, False])]
except IndexError as e:
    print("IndexError:", e)
