# Edge detection with fixed Sobel kernels via conv2d on an integer-valued image.
import torch
import torch.nn.functional as F

img = torch.zeros(1, 1, 5, 5)
img[..., :, 3:] = 1.0
kx = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
k = torch.stack([kx, kx.t()]).unsqueeze(1)
print(k.shape)
edges = F.conv2d(img, k, padding=1)
print(edges[0, 0])
print(edges[0, 1].abs().sum())
mag = edges.pow(2).sum(1).sqrt()
print(mag[0, 2])
