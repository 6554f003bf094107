# 1-D convolutions and pools over (N, C, L) signals, as sequence tutorials use them.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
conv = nn.Conv1d(2, 3, 3, padding=1)
print(conv, conv.weight.shape, conv.bias.shape)
x = torch.randn(2, 2, 8, requires_grad=True)
y = conv(x)
print(y.shape, y.grad_fn.name(), [f[0].name() for f in y.grad_fn.next_functions])
for pool in [nn.MaxPool1d(2), nn.AvgPool1d(2), nn.AdaptiveAvgPool1d(3), nn.MaxPool1d(3, stride=1, padding=1)]:
    z = pool(y)
    print(pool, z.shape, z.grad_fn.name(), z.grad_fn.next_functions[0][0].name())
out = F.max_pool1d(F.relu(y), 2).sum()
out.backward()
print(x.grad[0, 0], conv.weight.grad[0], conv.bias.grad)
print(nn.Conv1d(4, 8, 5, stride=2, bias=False), nn.Conv1d(1, 1, 1, dilation=2, padding='same'))
print(F.conv1d(torch.arange(6.).view(1, 1, 6), torch.tensor([[[1.0, -1.0]]])))
print(F.avg_pool1d(torch.arange(6.).view(1, 1, 6), 3, stride=1))
print(nn.Conv1d(3, 2, 2)(torch.ones(3, 5)).shape)
try:
    conv(torch.randn(1, 3, 8))
except RuntimeError as e:
    print(e)
