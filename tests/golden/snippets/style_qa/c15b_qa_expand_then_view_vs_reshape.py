# Q: view fails on an expanded tensor but reshape works. Does reshape copy?
import torch

col = torch.tensor([[1.0], [2.0], [3.0]])
wide = col.expand(3, 4)
print(wide.stride(), wide.is_contiguous())
flat = wide.reshape(12)
print(flat, flat.data_ptr() == col.data_ptr())
print(wide.view(3, 2, 2).shape)
try:
    wide.view(12)
except RuntimeError as e:
    print(e)
flat[0] = 100
print(col.squeeze())
