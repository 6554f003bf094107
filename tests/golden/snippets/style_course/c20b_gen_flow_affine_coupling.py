# RealNVP-style affine coupling layer with log-determinant
import torch
import torch.nn as nn

torch.manual_seed(7)
class Coupling(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(1, 8), nn.Tanh(), nn.Linear(8, 2))
    def forward(self, x):
        x1, x2 = x[:, :1], x[:, 1:]
        s, t = self.net(x1).chunk(2, dim=1)
        s = torch.tanh(s)
        y2 = x2 * torch.exp(s) + t
        return torch.cat([x1, y2], dim=1), s.sum(dim=1)
    def inverse(self, y):
        y1, y2 = y[:, :1], y[:, 1:]
        s, t = self.net(y1).chunk(2, dim=1)
        return torch.cat([y1, (y2 - t) * torch.exp(-torch.tanh(s))], dim=1)

layer = Coupling()
x = torch.randn(4, 2)
y, logdet = layer(x)
print(logdet)
print(torch.allclose(layer.inverse(y), x, atol=1e-6))
