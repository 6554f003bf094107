# Exercise: conv2d as unfold + matmul, compared with F.conv2d
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 5, 5)
w = torch.randn(4, 3, 3, 3)
b = torch.randn(4)
cols = F.unfold(x, kernel_size=3)             # (N, C*k*k, L)
out = (w.view(4, -1) @ cols + b.view(1, 4, 1)).view(2, 4, 3, 3)
ref = F.conv2d(x, w, b)
print(cols.shape, out.shape)
print((out - ref).abs().max() < 1e-5)
print(torch.allclose(out, ref, atol=1e-5))
