# Tensor internals as the book explains them: offsets and strides of views, a transpose that
# shares memory, contiguity, and why view() refuses what reshape() copies.
import torch

coords = torch.tensor([[1.0, 6.0], [2.0, 8.0], [3.0, 5.0]])
row = coords[2]
print(row.storage_offset(), row.size(), row.stride())
row_copy = coords[2].clone()
row_copy[1] = -9.0
print(coords[2], row_copy)
flipped = coords.t()
print(flipped, flipped.stride(), coords.stride())
print(coords.untyped_storage().data_ptr() == flipped.untyped_storage().data_ptr())
print(coords.is_contiguous(), flipped.is_contiguous())
cube = torch.zeros(2, 3, 4)
swapped = cube.transpose(0, 2)
print(cube.stride(), swapped.shape, swapped.stride())
try:
    flipped.view(6)
except RuntimeError as e:
    print(e)
packed = flipped.contiguous()
print(packed.stride(), packed.view(6), flipped.reshape(-1))
packed[0, 0] = 42.0
print(coords[0, 0], len(coords.untyped_storage()))
