# Indexing with an ellipsis, None and negative steps' replacement (flip) on a 3-d tensor.
import torch

x = torch.arange(24).reshape(2, 3, 4)
print(x[..., 0])
print(x[:, None, 1].shape, x[None, ..., None].shape)
print(x[1, ..., ::2])
print(x.flip(-1)[0, 0], x[0, 0].flip(0))
try:
    x[..., ::-1]
except ValueError as e:
    print(e)
print(x[[0, 1], [2, 0]], x[:, [0, 2]][:, :, -1])
print(x[x > 20], x[1, -1, -2:])
