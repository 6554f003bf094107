# Practice sheet 2, task 1: reason about strides and views
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x.stride())
print(x.transpose(0, 2).stride(), x.permute(1, 2, 0).is_contiguous())
y = x[:, ::2, 1::2]
print(y, y.stride(), y.storage_offset())
z = torch.as_strided(torch.arange(9), (3, 3), (1, 3))
print(z)
try:
    x.transpose(0, 1).view(-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.transpose(0, 1).reshape(-1)[:6])
