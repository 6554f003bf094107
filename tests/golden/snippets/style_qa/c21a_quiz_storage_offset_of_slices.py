# Quiz: strides and storage offsets of slices.
import torch

g = torch.arange(12).reshape(3, 4)
row = g[1]
col = g[:, 2]
print(row.storage_offset(), row.stride())
print(col.storage_offset(), col.stride(), col.is_contiguous())
print(g[1:, 1:].storage_offset(), g[::2].stride())
print(g.untyped_storage().nbytes())
