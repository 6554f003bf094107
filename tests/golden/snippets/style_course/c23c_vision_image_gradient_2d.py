# Image gradients with torch.gradient on a 2-D ramp, and the gradient magnitude.
import torch

img = torch.tensor([[0.0, 1.0, 4.0], [1.0, 2.0, 5.0], [4.0, 5.0, 8.0]])
gy, gx = torch.gradient(img)
print(gy)
print(gx)
print(torch.gradient(img, dim=1, spacing=2.0)[0])
print(torch.hypot(gx, gy).round(decimals=4))
