import torch
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, lookback, horizon, width=8):
        super().__init__()
        self.fc = nn.Sequential(nn.Linear(lookback, width), nn.ReLU(), nn.Linear(width, width), nn.ReLU())
        self.backcast = nn.Linear(width, lookback)
        self.forecast = nn.Linear(width, horizon)

    def forward(self, x):
        h = self.fc(x)
        return self.backcast(h), self.forecast(h)


torch.manual_seed(20)
blocks = nn.ModuleList([Block(8, 3) for _ in range(2)])
x = torch.randn(4, 8)
residual, total = x, 0
for b in blocks:
    back, fore = b(residual)
    residual = residual - back
    total = total + fore
print(total.shape, residual.shape)
print(type(total.grad_fn).__name__)
print(sum(p.numel() for p in blocks.parameters()))
