# Chomp1d: trimming the right padding of a symmetric-padded causal convolution
import torch
import torch.nn as nn

class Chomp1d(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.n = n
    def forward(self, x):
        return x[:, :, :-self.n].contiguous()
k, d = 3, 2
pad = (k - 1) * d
conv = nn.Conv1d(1, 1, k, padding=pad, dilation=d, bias=False)
nn.init.ones_(conv.weight)
block = nn.Sequential(conv, Chomp1d(pad))
x = torch.arange(1.0, 7.0).view(1, 1, 6)
print(conv(x).shape)
print(block(x))
print(block)
