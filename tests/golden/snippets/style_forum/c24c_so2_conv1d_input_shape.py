# Q: Conv1d expects (N, C, L), my data is (N, L, C)
import torch
import torch.nn as nn

conv = nn.Conv1d(in_channels=4, out_channels=2, kernel_size=3)
seq = torch.zeros(8, 20, 4)
try:
    conv(seq)
except RuntimeError as e:
    print("RuntimeError:", e)
print(conv(seq.transpose(1, 2)).shape)
print(conv)
print(conv.weight.shape, conv.bias.shape)
