# 1-D convolutions on signals: a moving-average filter
import torch
import torch.nn as nn

signal = torch.tensor([[[0.0, 1.0, 0.0, 4.0, 2.0, 2.0, 6.0, 0.0]]])
conv = nn.Conv1d(1, 1, kernel_size=3, padding=1, bias=False)
with torch.no_grad():
    conv.weight.fill_(1 / 3)
print(conv(signal))
print(conv.weight.shape, conv.weight.requires_grad)
edge = nn.Conv1d(1, 1, 2, bias=False)
with torch.no_grad():
    edge.weight.copy_(torch.tensor([[[-1.0, 1.0]]]))
print(edge(signal).squeeze())
