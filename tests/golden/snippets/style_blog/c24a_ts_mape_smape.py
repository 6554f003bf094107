# MAPE and sMAPE metrics, and the zero-target pitfall
import torch

y = torch.tensor([100.0, 200.0, 0.0, 50.0])
yhat = torch.tensor([110.0, 190.0, 5.0, 45.0])
mape = ((y - yhat).abs() / y).mean() * 100
print(mape)
ok = y != 0
print(((y[ok] - yhat[ok]).abs() / y[ok]).mean() * 100)
smape = (2 * (y - yhat).abs() / (y.abs() + yhat.abs())).mean() * 100
print(smape)
print(torch.tensor(0.0) / torch.tensor(0.0), torch.tensor(5.0) / 0)
mae = torch.nn.functional.l1_loss(yhat, y)
print(mae, (y - yhat).abs().max())
