# Quiz 56: expand shares memory, repeat copies
import torch

col = torch.tensor([[1], [2]])
e = col.expand(-1, 4)
r = col.repeat(1, 4)
col[0, 0] = 100
print(e)
print(r)
print(e.stride(), r.stride())
print(e.is_contiguous(), e.contiguous().stride())
try:
    col.expand(3, 4)
except RuntimeError as err:
    print(err)
