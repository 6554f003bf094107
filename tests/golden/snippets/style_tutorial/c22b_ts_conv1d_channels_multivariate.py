import torch
import torch.nn as nn

torch.manual_seed(23)
x = torch.randn(2, 24, 3)
conv = nn.Conv1d(in_channels=3, out_channels=5, kernel_size=4, stride=2)
y = conv(x.permute(0, 2, 1))
print(y.shape)
L_out = (24 - 4) // 2 + 1
print(L_out)
try:
    conv(x)
except RuntimeError as e:
    print("RuntimeError:", e)
