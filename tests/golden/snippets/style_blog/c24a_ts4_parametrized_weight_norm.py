# The newer parametrizations.weight_norm API on a Conv1d
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm

torch.manual_seed(45)
conv = weight_norm(nn.Conv1d(1, 2, kernel_size=3))
print(conv)
print(sorted(n for n, _ in conv.named_parameters()))
print(conv.parametrizations.weight.original0.shape, conv.parametrizations.weight.original1.shape)
print(list(conv.state_dict().keys()))
y = conv(torch.ones(1, 1, 5))
print(y.shape, y.grad_fn.name())
