import torch

t = torch.arange(24).reshape(2, 3, 4)
print(t[..., 0])
print(t[0, ...].shape)
print(t[..., 1:3].shape)
v = torch.tensor([1, 2, 3])
print(v[None])
print(v[:, None])
print(v[None, :, None].shape)
print(t[:, None].shape)
