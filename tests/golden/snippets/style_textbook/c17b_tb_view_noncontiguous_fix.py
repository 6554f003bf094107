# Some non-contiguous tensors can still be viewed; others cannot.
import torch

grid = torch.arange(12.0).reshape(3, 4)
left = grid[:, :2]
print(left.is_contiguous(), left.stride())
print(left.view(3, 1, 2).stride())
try:
    left.view(6)
except RuntimeError as err:
    print(err)
flat = left.flatten()
print(flat, flat.data_ptr() == left.data_ptr())
print(grid[1:].view(8).data_ptr() == grid[1].data_ptr())
