# transposed convolution = scatter-add of the kernel, vs F.conv_transpose2d
import torch
import torch.nn.functional as F

x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
k = torch.tensor([[[[1.0, 0.5], [0.25, 0.0]]]])
out = torch.zeros(1, 1, 3, 3)
for i in range(2):
    for j in range(2):
        out[0, 0, i:i + 2, j:j + 2] += x[0, 0, i, j] * k[0, 0]
print(out)
print(F.conv_transpose2d(x, k))
print(F.conv_transpose2d(x, k, stride=2))
