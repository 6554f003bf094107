# Scaling the regression target too, then un-scaling predictions for the metric
import torch
from torch import nn

torch.manual_seed(14)
X = torch.rand(120, 2) * torch.tensor([100.0, 5.0])
y = 2000 + 30 * X[:, :1] - 150 * X[:, 1:] + 20 * torch.randn(120, 1)
xm, xs = X.mean(0), X.std(0)
ym, ys = y.mean(), y.std()
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(100):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model((X - xm) / xs), (y - ym) / ys)
    loss.backward()
    opt.step()
with torch.no_grad():
    pred = model((X - xm) / xs) * ys + ym
print(f"scaled loss {loss.item():.5f}")
print(f"RMSE in original units {torch.sqrt(((pred - y) ** 2).mean()).item():.3f}")
print(f"target mean {ym.item():.3f} std {ys.item():.3f}")
