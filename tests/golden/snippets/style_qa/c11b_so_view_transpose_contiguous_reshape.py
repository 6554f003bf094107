# Q: view() after transpose raises; reshape copies; is_contiguous and stride tell you why.
import torch

x = torch.arange(12).view(3, 4)
t = x.t()
print(t.is_contiguous(), t.stride(), x.stride())
try:
    t.view(12)
except RuntimeError as e:
    print("RuntimeError:", e)
r = t.reshape(12)
print(r, r.data_ptr() == x.data_ptr())
c = t.contiguous()
print(c.stride(), c.view(2, 6))
p = torch.arange(24).view(2, 3, 4).permute(0, 2, 1)
print(p.shape, p.stride(), p.is_contiguous())
print(p.reshape(2, -1)[0])
print(p.flatten(1).shape, p.flatten().is_contiguous())
v = x.view(4, 3)
v[0, 0] = 100
print(x[0, 0].item(), x.view(-1, 6).shape)
try:
    x.view(5, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.unfold(1, 2, 2).shape, x[:, ::2].is_contiguous())
