# Q: Conv1d on (batch, seq_len, features) data: permute to (batch, channels, length) first.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(4, 10, 6)
conv = nn.Conv1d(in_channels=6, out_channels=8, kernel_size=3, padding=1)
try:
    conv(x)
except RuntimeError as e:
    print("RuntimeError:", e)
out = conv(x.permute(0, 2, 1))
print(out.shape)
print(out.permute(0, 2, 1).shape)
pool = nn.MaxPool1d(2)
print(pool(out).shape, nn.AdaptiveAvgPool1d(1)(out).squeeze(-1).shape)
print(conv.weight.shape, conv)
print(nn.Conv1d(6, 8, 3, stride=2)(x.transpose(1, 2)).shape)
print(nn.functional.conv1d(torch.ones(1, 1, 5), torch.ones(1, 1, 2)))
