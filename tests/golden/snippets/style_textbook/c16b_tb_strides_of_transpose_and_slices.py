# Strides tell how many elements to skip along each dimension.
import torch

m = torch.arange(12).reshape(3, 4)
print(m.stride(), m.is_contiguous())
t = m.t()
print(t.stride(), t.is_contiguous(), t.storage_offset())
col = m[:, 2]
print(col, col.stride(), col.storage_offset())
every_other = m[:, ::2]
print(every_other.shape, every_other.stride(), every_other.is_contiguous())
print(m.stride(1), m[1:].storage_offset())
