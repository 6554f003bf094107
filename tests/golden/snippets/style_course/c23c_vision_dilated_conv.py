# Dilated convolution: effective kernel size and output shape, exact on integer weights.
import torch
import torch.nn.functional as F

x = torch.arange(49, dtype=torch.float32).reshape(1, 1, 7, 7)
w = torch.zeros(1, 1, 3, 3)
w[0, 0, 0, 0] = 1.0
w[0, 0, 2, 2] = 1.0
y = F.conv2d(x, w, dilation=2)
print(y.shape)
print(y[0, 0])
print(F.conv2d(x, w, dilation=3).shape)
try:
    F.conv2d(x, w, dilation=4)
except RuntimeError as e:
    print("RuntimeError:", e)
