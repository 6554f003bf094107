# Lazy convolutions and batch norms: shapes read from the first batch, the same random draws as eager layers.
import torch
from torch import nn
torch.manual_seed(0)
c = nn.LazyConv2d(4, 3, padding=1)
b = nn.LazyBatchNorm2d()
print(c, b)
x = torch.randn(2, 3, 5, 5)
y = b(c(x))
print(c, b, type(c).__name__)
print(c.weight[0, 0], c.bias, b.running_mean, b.num_batches_tracked)
print(y.shape, y.grad_fn)
c1 = nn.LazyConv1d(2, 2, bias=False)
print(c1(torch.randn(3, 7)).shape, c1)
lb = nn.LazyBatchNorm1d(affine=False)
print(lb(torch.randn(4, 3)).shape, lb, lb.state_dict().keys())
try:
    nn.LazyConv2d(2, 3)(torch.randn(3, 3))
except RuntimeError as e: print(e)
