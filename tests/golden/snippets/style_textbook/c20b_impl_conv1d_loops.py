# 1-D convolution with explicit loops vs F.conv1d (cross-correlation!)
import torch
import torch.nn.functional as F

x = torch.tensor([[[1.0, 2.0, 3.0, 4.0, 5.0]]])
k = torch.tensor([[[1.0, 0.0, -1.0]]])
out = torch.zeros(1, 1, 3)
for i in range(3):
    out[0, 0, i] = (x[0, 0, i:i + 3] * k[0, 0]).sum()
print(out)
print(F.conv1d(x, k))
print(F.conv1d(x, k.flip(-1)))
print(torch.equal(out, F.conv1d(x, k)))
