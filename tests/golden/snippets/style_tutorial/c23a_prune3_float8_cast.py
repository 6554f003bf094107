# FP8 storage: float8_e4m3fn and float8_e5m2 round-trips
import torch

x = torch.tensor([0.1, 1.0, 3.3, 100.0, 500.0, -0.02])
a = x.to(torch.float8_e4m3fn)
b = x.to(torch.float8_e5m2)
print(a.float())
print(b.float())
print(a.dtype, a.element_size(), torch.finfo(torch.float8_e4m3fn).max)
