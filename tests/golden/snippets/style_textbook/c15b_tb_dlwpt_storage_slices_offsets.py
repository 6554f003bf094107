# One storage, many tensors: offsets and strides of rows, columns and a transpose of a 3x4 grid.
import torch

grid = torch.arange(12, dtype=torch.float32).view(3, 4)
row2 = grid[2]
col1 = grid[:, 1]
block = grid[1:, 2:]
for name, t in [('row2', row2), ('col1', col1), ('block', block)]:
    print(name, t.shape, t.storage_offset(), t.stride(), t.is_contiguous())
print(grid.untyped_storage().nbytes(), grid.untyped_storage().data_ptr() == block.untyped_storage().data_ptr())
block[0, 0] = -1.0
print(grid[1])
independent = grid[0].clone()
independent += 100
print(grid[0], independent)
gt = grid.t()
print(gt.stride(), gt.storage_offset(), gt.is_contiguous(), gt.contiguous().stride())
print(torch.as_strided(grid, (2, 2), (1, 4), 1))
