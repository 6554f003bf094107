# Ellipsis and None in indices.
import torch

t = torch.arange(2 * 3 * 4).reshape(2, 3, 4)
print(t[..., 0])
print(t[0, ...].shape, t[..., None].shape, t[None, ..., 1].shape)
print(t[:, None, :, None, 0].shape)
print(t[1, -1, 1::2])
print(t[[0, 1], ..., [0, 3]])
