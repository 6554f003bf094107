# LPPool1d / LPPool2d: reprs, values for p = 1, 2, 3 and inf, strides, ceil_mode, gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 5, 5, requires_grad=True)
for p in (1, 2, 3.0, float("inf")):
    pool = nn.LPPool2d(p, 2)
    print(pool, pool(x)[0, 0])
print(nn.LPPool2d(2, (2, 3), stride=(1, 2), ceil_mode=True)(x).shape)
y = F.lp_pool2d(x, 2, 3, stride=2)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad[0, 1])
s = torch.tensor([[[1.0, -2.0, 3.0, 0.0, 0.0, 4.0, -1.0]]], requires_grad=True)
print(nn.LPPool1d(2, 3)(s), nn.LPPool1d(1, 2, stride=1))
z = F.lp_pool1d(s, 2, 2, ceil_mode=True)
print(z)
z.sum().backward()
print(s.grad)
print(F.lp_pool1d(s, float("-inf"), 2))
print(F.lp_pool2d(torch.arange(16.0).reshape(1, 4, 4), 4, 2))
