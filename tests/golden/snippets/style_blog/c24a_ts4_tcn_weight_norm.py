# TCN blocks often wrap their convolutions in weight_norm
import torch
import torch.nn as nn
from torch.nn.utils import weight_norm

torch.manual_seed(44)
conv = weight_norm(nn.Conv1d(2, 3, kernel_size=2, dilation=2))
print(sorted(n for n, _ in conv.named_parameters()))
print(conv.weight_g.shape, conv.weight_v.shape)
print(torch.allclose(conv.weight, conv.weight_g * conv.weight_v / conv.weight_v.norm(dim=(1, 2), keepdim=True)))
y = conv(torch.randn(1, 2, 8))
print(y.shape)
y.sum().backward()
print(conv.weight_g.grad.shape, conv.weight_v.grad is not None)
