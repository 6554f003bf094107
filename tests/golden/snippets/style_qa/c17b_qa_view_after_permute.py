# Q: "view size is not compatible with input tensor's size and stride" after permute
import torch

x = torch.arange(24.0).reshape(2, 3, 4)
y = x.permute(0, 2, 1)
try:
    y.view(2, 12)
except RuntimeError as e:
    print(e)
print(y.reshape(2, 12)[0])
print(y.contiguous().view(2, 12).stride())
print(x.transpose(0, 1).view(3, 2, 4).shape if x.transpose(0, 1).is_contiguous() else 'not contiguous')
