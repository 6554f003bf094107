# Conv1d with fixed weights as a moving-average filter, and a depthwise (groups=channels) version.
import torch
import torch.nn as nn

signal = torch.tensor([[[1.0, 2.0, 6.0, 2.0, 1.0, 0.0, 3.0, 3.0]]])
conv = nn.Conv1d(1, 1, kernel_size=3, bias=False, padding=1)
with torch.no_grad():
    conv.weight.fill_(1 / 3)
print(conv.weight)
print(conv(signal))
print(nn.functional.avg_pool1d(signal, 3, stride=1, padding=1, count_include_pad=True))
two = torch.cat([signal, signal * 2], dim=1)
dw = nn.Conv1d(2, 2, kernel_size=2, groups=2, bias=False)
with torch.no_grad():
    dw.weight[0, 0] = torch.tensor([1.0, -1.0])
    dw.weight[1, 0] = torch.tensor([0.5, 0.5])
print(dw.weight.shape)
print(dw(two))
print(nn.Conv1d(2, 4, 3, groups=2).weight.shape)
try:
    nn.Conv1d(3, 4, 3, groups=2)
except ValueError as e:
    print("ValueError:", e)
same = nn.Conv1d(1, 1, 4, padding="same", bias=False)
print(same(signal).shape)
try:
    nn.Conv1d(1, 1, 3, padding="same", stride=2)
except ValueError as e:
    print("ValueError:", e)
print(nn.Conv1d(1, 1, 3, dilation=2, bias=False)(signal).shape)
