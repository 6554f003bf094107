import torch
from torch import nn

torch.manual_seed(0)
bn = nn.BatchNorm2d(2)
x = torch.randn(3, 2, 2, 2) * 2 + 1
y = bn(x)
print(bn)
print(y[0])
print(y.grad_fn, y.mean().item() < 1e-6)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
bn.eval()
print(bn(x)[0, 0])
print(nn.BatchNorm2d(3, affine=False, momentum=None))
try:
    bn(torch.ones(2, 3))
except ValueError as e:
    print("ValueError", e)
