# Regression metrics by hand: MAE, RMSE, R^2
import torch

y_true = torch.tensor([3.0, -0.5, 2.0, 7.0])
y_pred = torch.tensor([2.5, 0.0, 2.0, 8.0])
mae = (y_true - y_pred).abs().mean()
rmse = ((y_true - y_pred) ** 2).mean().sqrt()
r2 = 1 - ((y_true - y_pred) ** 2).sum() / ((y_true - y_true.mean()) ** 2).sum()
print(f"MAE  = {mae:.4f}")
print(f"RMSE = {rmse:.4f}")
print(f"R^2  = {r2:.4f}")
print(torch.nn.functional.l1_loss(y_pred, y_true), torch.nn.functional.mse_loss(y_pred, y_true).sqrt())
