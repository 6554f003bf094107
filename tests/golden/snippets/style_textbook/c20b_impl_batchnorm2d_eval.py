# BatchNorm2d in eval mode is an affine map from the running statistics
import torch
import torch.nn as nn

torch.manual_seed(105)
bn = nn.BatchNorm2d(2)
for _ in range(3):
    bn(torch.randn(4, 2, 3, 3) * 2 + 1)
bn.eval()
x = torch.randn(1, 2, 2, 2)
scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
shift = bn.bias - bn.running_mean * scale
mine = x * scale.view(1, -1, 1, 1) + shift.view(1, -1, 1, 1)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
print(torch.allclose(mine, bn(x), atol=1e-6))
