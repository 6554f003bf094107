import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(30)
x = torch.randn(2, 4, 10)
depthwise = nn.Conv1d(4, 8, kernel_size=3, groups=4, padding=2, dilation=1)
h = depthwise(x)[..., :-2]
print(h.shape, depthwise.weight.shape)
gated = F.glu(h, dim=1)
print(gated.shape)
pointwise = nn.Conv1d(4, 4, 1)
out = x + pointwise(gated)
print(out.shape, type(out.grad_fn).__name__)
