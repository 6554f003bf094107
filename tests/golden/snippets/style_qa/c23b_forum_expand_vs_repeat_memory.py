import torch

bias_row = torch.tensor([[0.5, -0.5]])
tiled = bias_row.expand(3, -1)
copied = bias_row.repeat(3, 1)
print(tiled.stride(), copied.stride(), tiled.untyped_storage().nbytes(), copied.untyped_storage().nbytes())
bias_row[0, 0] = 9.0
print(tiled[:, 0], copied[:, 0])
try:
    tiled.mul_(2)
except RuntimeError as ex:
    print(str(ex).split(".")[0])
try:
    bias_row.expand(3)
except RuntimeError as ex:
    print(ex)
print(tiled.contiguous().stride())
