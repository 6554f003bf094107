# Sub-pixel upsampling: PixelShuffle and its inverse on an arange tensor.
import torch
import torch.nn as nn

x = torch.arange(8, dtype=torch.float32).reshape(1, 8, 1, 1)
ps = nn.PixelShuffle(2)
y = ps(x)
print(y.shape)
print(y[0])
print(torch.equal(nn.PixelUnshuffle(2)(y), x))
z = torch.arange(16.0).reshape(1, 1, 4, 4)
print(nn.PixelUnshuffle(2)(z)[0, :, 0, 0])
try:
    ps(torch.zeros(1, 3, 2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
