# Quiz 81: x[0] vs x[0:1] vs x[[0]]
import torch

x = torch.arange(6).view(2, 3)
print(x[0].shape, x[0:1].shape, x[[0]].shape, x[None, 0].shape)
print(x[:, 1].shape, x[:, 1:2].shape, x[..., 1].shape)
print(x[0, 0], x[0][0], x[0, 0].shape)
print(x[-1, -1].item(), x[1, ::-1] if False else x[1].flip(0))
print(x[x > 2].shape, x[:, [True, False, True]])
