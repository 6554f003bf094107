# Practice 8: convolution as a matrix product (im2col) vs F.conv2d
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 4, 4)
w = torch.randn(3, 2, 3, 3)
cols = F.unfold(x, 3)
out = (w.view(3, -1) @ cols).view(1, 3, 2, 2)
print(out)
print(torch.allclose(out, F.conv2d(x, w), atol=1e-6))
