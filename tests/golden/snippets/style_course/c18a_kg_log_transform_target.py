# Skewed target: log1p transform for training, expm1 back for the metric
import torch

torch.manual_seed(30)
price = torch.exp(torch.randn(10) + 12)
log_price = torch.log1p(price)
print("log price:", log_price)
pred_log = log_price + 0.1 * torch.randn(10)
rmsle = torch.sqrt(((pred_log - log_price) ** 2).mean())
print(f"RMSLE: {rmsle.item():.5f}")
back = torch.expm1(pred_log)
print("relative errors:", ((back - price) / price).abs().max().item() < 0.5)
