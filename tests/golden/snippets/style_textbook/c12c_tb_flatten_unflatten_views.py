# Tensors chapter: flatten, unflatten, view and reshape with strides.
import torch

x = torch.arange(24.0).reshape(2, 3, 4)
f = x.flatten(1)
print(f.shape, f.stride(), f.data_ptr() == x.data_ptr())
u = f.unflatten(1, (3, 2, 2))
print(u.shape, u.stride())
t = x.transpose(1, 2)
ft = t.flatten(1)
print(ft.shape, ft.is_contiguous(), ft.data_ptr() == x.data_ptr())
print(x.view(6, 4).stride(), x.view(-1, 2, 2).shape)
print(torch.nn.Flatten()(x).shape, torch.nn.Flatten(0, 1)(x).shape)
print(torch.nn.Unflatten(1, (1, 3))(x).shape)
print(x.narrow(2, 1, 2).stride(), x.select(1, 2).stride())
print(x[..., 0])
