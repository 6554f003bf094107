# RealNVP-style affine coupling: log-det is the sum of the scales
import torch
import torch.nn as nn

torch.manual_seed(20)
net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 4))
x = torch.randn(5, 4)
x1, x2 = x.chunk(2, dim=1)
s, t = net(x1).chunk(2, dim=1)
s = torch.tanh(s)
y2 = x2 * torch.exp(s) + t
y = torch.cat([x1, y2], dim=1)
log_det = s.sum(dim=1)
print(y.shape, log_det.shape)
x2_back = (y2 - t) * torch.exp(-s)
print(torch.allclose(x2_back, x2, atol=1e-6))
print(torch.equal(y[:, :2], x1))
