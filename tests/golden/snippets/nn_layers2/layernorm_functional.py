import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(3)
x = torch.randn(2, 2, 3, requires_grad=True)
y = F.layer_norm(x, (2, 3), eps=1e-3)
print(y)
print(nn.LayerNorm([2, 3], elementwise_affine=False), nn.LayerNorm(3, bias=False))
y.pow(3).sum().backward()
print(x.grad)
try:
    F.layer_norm(x, (4,))
except RuntimeError as e:
    print(type(e).__name__, e)
