# MaxPool2d with dilation and padding; output shape and the chosen indices.
import torch
import torch.nn as nn

x = torch.arange(36, dtype=torch.float32).reshape(1, 1, 6, 6)
pool = nn.MaxPool2d(2, stride=2, dilation=2, return_indices=True)
out, idx = pool(x)
print(pool)
print(out[0, 0], idx[0, 0], sep="\n")
print(nn.MaxPool2d(3, stride=1, padding=1)(x).shape)
