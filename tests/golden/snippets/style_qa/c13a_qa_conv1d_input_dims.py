# Q: Conv1d on a batch of sequences: "Expected 2D (unbatched) or 3D (batched) input" and channel placement.
import torch
import torch.nn as nn

torch.manual_seed(65)
conv = nn.Conv1d(in_channels=3, out_channels=5, kernel_size=3)
seq = torch.randn(4, 10, 3)
try:
    conv(seq)
except RuntimeError as e:
    print(e)
print(conv(seq.transpose(1, 2)).shape)
try:
    conv(torch.randn(10))
except RuntimeError as e:
    print(e)
print(conv(torch.randn(3, 10)).shape)
try:
    conv(torch.randn(2, 3, 2))
except RuntimeError as e:
    print(e)
pad = nn.Conv1d(3, 5, 3, padding="same")
print(pad(seq.transpose(1, 2)).shape)
