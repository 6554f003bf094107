# Squeeze-and-excitation block: gating channels by a sigmoid over pooled features.
import torch
import torch.nn as nn

class SE(nn.Module):
    def __init__(self, c, r=2):
        super().__init__()
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Sequential(nn.Linear(c, c // r), nn.ReLU(), nn.Linear(c // r, c), nn.Sigmoid())

    def forward(self, x):
        w = self.fc(self.pool(x).flatten(1))
        return x * w[:, :, None, None], w

torch.manual_seed(0)
se = SE(4)
x = torch.randn(2, 4, 3, 3)
y, w = se(x)
print(y.shape, w.shape, ((w > 0) & (w < 1)).all().item())
print(y.grad_fn.name(), sum(p.numel() for p in se.parameters()))
print(se)
