# Quiz B48: a chain of views and their bases
import torch

x = torch.arange(12.0)
a = x.view(3, 4)
b = a[1:]
c = b.t()
print(c._base is x, c.is_contiguous(), c.shape, c.stride(), c.storage_offset())
c[0, 0] = -1
print(x[:6])
print(x.reshape(2, 6)._base is x, x.clone()._base)
