# Efficient-CNN lecture: depthwise separable convolution vs a standard one — parameters, outputs, FLOPs by hand.
import torch
import torch.nn as nn

torch.manual_seed(67)
cin, cout, k = 4, 6, 3
standard = nn.Conv2d(cin, cout, k, padding=1)
depthwise = nn.Conv2d(cin, cin, k, padding=1, groups=cin)
pointwise = nn.Conv2d(cin, cout, 1)
count = lambda m: sum(p.numel() for p in m.parameters())
print(count(standard), count(depthwise) + count(pointwise))
x = torch.randn(2, cin, 5, 5)
y1 = standard(x)
y2 = pointwise(depthwise(x))
print(y1.shape, y2.shape)
print(depthwise.weight.shape, pointwise.weight.shape)
H = W = 5
print("mult-adds:", cin * cout * k * k * H * W, cin * k * k * H * W + cin * cout * H * W)
manual = torch.stack([nn.functional.conv2d(x[:, i:i + 1], depthwise.weight[i:i + 1], depthwise.bias[i:i + 1], padding=1)
                      for i in range(cin)], dim=1).squeeze(2)
print(torch.allclose(manual, depthwise(x), atol=1e-6))
print(y2[0, 0, :2])
