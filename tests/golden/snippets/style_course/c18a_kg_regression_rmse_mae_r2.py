# Regression metrics: RMSE, MAE, R^2 for a trained linear model
import torch
import torch.nn as nn

torch.manual_seed(21)
X = torch.rand(100, 2) * 10
y = 3 * X[:, :1] - 2 * X[:, 1:] + 5 + torch.randn(100, 1)
model = nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
for _ in range(300):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
with torch.no_grad():
    pred = model(X)
    rmse = torch.sqrt(((pred - y) ** 2).mean())
    mae = (pred - y).abs().mean()
    r2 = 1 - ((y - pred) ** 2).sum() / ((y - y.mean()) ** 2).sum()
print(f"RMSE {rmse:.3f}  MAE {mae:.3f}  R2 {r2:.4f}")
print("coef:", model.weight.data.round(decimals=2), "intercept:", model.bias.data.round(decimals=2))
