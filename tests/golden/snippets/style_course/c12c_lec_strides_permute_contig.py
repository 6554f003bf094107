# Lecture: strides tell you how a view walks memory.
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x.stride(), x.is_contiguous())
p = x.permute(2, 0, 1)
print(p.shape, p.stride(), p.is_contiguous())
c = p.contiguous()
print(c.stride(), c.is_contiguous(), c.data_ptr() == p.data_ptr())
t = x.transpose(0, 2)
print(t.stride(), t.storage_offset())
s = x[:, 1:, ::2]
print(s.shape, s.stride(), s.storage_offset())
print(s)
e = torch.tensor([1, 2, 3]).expand(4, 3)
print(e.stride(), e.is_contiguous())
try:
    p.view(-1)
except RuntimeError as err:
    print(err)
print(p.reshape(-1)[:6])
print(x.unsqueeze(1).stride())
