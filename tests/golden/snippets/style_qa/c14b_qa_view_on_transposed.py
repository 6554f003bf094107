# Q: "view size is not compatible with input tensor's size and stride" after .t(); reshape vs view.
import torch

m = torch.arange(6).reshape(2, 3)
mt = m.t()
print(mt.is_contiguous(), mt.stride())
try:
    mt.view(-1)
except RuntimeError as e:
    print(e)
flat = mt.reshape(-1)
print(flat, flat.data_ptr() == m.data_ptr())
flat2 = mt.contiguous().view(6)
print(flat2)
v = m.view(3, 2)
v[0, 0] = 100
print(m)
r = m.reshape(6)
r[1] = -1
print(m, r._base is m)
print(mt.view(3, 2, 1).shape if mt.is_contiguous() else mt.unsqueeze(-1).shape)
