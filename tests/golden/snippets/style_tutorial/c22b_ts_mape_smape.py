import torch

y = torch.tensor([100.0, 120.0, 80.0, 0.5, 60.0])
yhat = torch.tensor([110.0, 115.0, 70.0, 1.0, 60.0])
mape = (torch.abs((y - yhat) / y)).mean() * 100
smape = (2 * (y - yhat).abs() / (y.abs() + yhat.abs())).mean() * 100
mae = torch.nn.functional.l1_loss(yhat, y)
rmse = torch.sqrt(torch.nn.functional.mse_loss(yhat, y))
print(f"MAPE {mape.item():.3f}%  sMAPE {smape.item():.3f}%")
print(f"MAE {mae.item():.3f}  RMSE {rmse.item():.3f}")
zero = torch.tensor([0.0, 1.0])
print((torch.abs((zero - 1) / zero)).mean())
