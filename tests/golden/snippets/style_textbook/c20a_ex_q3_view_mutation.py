# Quiz 3: a view and its base share memory -- predict both prints
import torch

base = torch.arange(6).view(2, 3)
row = base[1]
row.fill_(0)
print(base)
col = base[:, 0]
col += 10
print(base, col.is_contiguous())
t = base.t()
t[0, 1] = 99
print(base)
