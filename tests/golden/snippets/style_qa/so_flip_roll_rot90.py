# Q: reversing a tensor (negative strides are not supported), rolling and rotating images.
import numpy as np
import torch

x = torch.arange(6).view(2, 3)
try:
    x[:, ::-1]
except ValueError as e:
    print(type(e).__name__, e)
print(torch.flip(x, dims=[1]))
print(x.flip(0), torch.fliplr(x), torch.flipud(x))
print(torch.roll(x, shifts=1, dims=1))
print(torch.roll(x, 1))
print(torch.rot90(x, 1, [0, 1]))
a = np.arange(4)[::-1]
try:
    torch.from_numpy(a)
except ValueError as e:
    print(e)
print(torch.from_numpy(a.copy()))
