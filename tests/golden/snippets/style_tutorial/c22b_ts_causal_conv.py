import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
k = 3
conv = nn.Conv1d(1, 2, kernel_size=k)
x = torch.arange(8.0).view(1, 1, 8)
y = conv(F.pad(x, (k - 1, 0)))
print(y.shape)
x2 = x.clone()
x2[..., -1] = 100.0
y2 = conv(F.pad(x2, (k - 1, 0)))
print(torch.equal(y[..., :-1], y2[..., :-1]))
print(y[0, :, :3])
