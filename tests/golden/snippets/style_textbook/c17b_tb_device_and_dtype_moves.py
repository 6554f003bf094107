# Devices and dtype moves on a CPU-only build.
import torch

x = torch.arange(3)
print(x.device, x.is_cuda, torch.cuda.is_available())
d = torch.device('cuda', 1)
print(d, d.type, d.index, torch.device('cpu').index)
y = x.to(torch.float64)
print(y.dtype, x.to('cpu') is x, x.to(torch.int64) is x)
z = x.to('cpu', torch.float16)
print(z, z.dtype)
print(x.double().dtype, x.half().dtype, x.bool())
