# depthwise convolution with groups=C vs per-channel conv
import torch
import torch.nn.functional as F

torch.manual_seed(60)
x = torch.randn(1, 3, 5, 5)
w = torch.randn(3, 1, 3, 3)
dw = F.conv2d(x, w, padding=1, groups=3)
per = torch.cat([F.conv2d(x[:, i:i + 1], w[i:i + 1], padding=1) for i in range(3)], dim=1)
print(dw.shape, torch.allclose(dw, per, atol=1e-6))
try:
    F.conv2d(x, torch.randn(3, 1, 3, 3), groups=2)
except RuntimeError as e:
    print("RuntimeError:", e)
