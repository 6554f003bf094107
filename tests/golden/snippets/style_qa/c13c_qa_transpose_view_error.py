# "view size is not compatible with input tensor's size and stride"
import torch

m = torch.arange(12).reshape(3, 4)
t = m.t()
print(t.is_contiguous(), t.stride())
try:
    t.view(12)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.reshape(12))
print(t.contiguous().view(2, 6))
print(m.view(4, 3).is_contiguous())
p = torch.zeros(2, 3, 4).permute(2, 0, 1)
try:
    p.view(4, 6)
except RuntimeError as e:
    print("RuntimeError:", e)
print(p.flatten(1).shape, p.view(4, -1, 3).shape if False else p.reshape(4, -1).shape)
print(t.data_ptr() == m.data_ptr(), t.reshape(12).data_ptr() == m.data_ptr())
