# AlexNet's LocalResponseNorm on a constant feature map, values and repr.
import torch
import torch.nn as nn

lrn = nn.LocalResponseNorm(size=3, alpha=1e-4 * 3, beta=0.75, k=2.0)
print(lrn)
x = torch.ones(1, 4, 1, 1) * 2
print(lrn(x).flatten())
print(nn.LocalResponseNorm(2)(torch.arange(1.0, 5.0).reshape(1, 4, 1)).flatten())
