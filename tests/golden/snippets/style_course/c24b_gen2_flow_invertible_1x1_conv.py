# Glow's invertible 1x1 conv: weight from QR, log-det via slogdet (rounded)
import torch
import torch.nn.functional as F

torch.manual_seed(66)
w = torch.linalg.qr(torch.randn(3, 3, dtype=torch.float64))[0]
x = torch.randn(2, 3, 4, 4, dtype=torch.float64)
y = F.conv2d(x, w.view(3, 3, 1, 1))
logdet = 4 * 4 * torch.linalg.slogdet(w)[1]
print(y.shape, round(abs(logdet.item()), 6))
x_back = F.conv2d(y, torch.linalg.inv(w).view(3, 3, 1, 1))
print(torch.allclose(x_back, x))
print(round(abs(torch.det(w).item()), 6))
