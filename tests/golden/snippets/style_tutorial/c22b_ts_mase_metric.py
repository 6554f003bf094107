import torch

train = torch.tensor([10.0, 12.0, 11.0, 13.0, 15.0, 14.0])
actual = torch.tensor([16.0, 15.0, 17.0])
forecast = torch.tensor([15.0, 15.5, 16.0])
scale = train.diff().abs().mean()
mase = (actual - forecast).abs().mean() / scale
print(f"scale={scale.item():.4f} MASE={mase.item():.4f}")
bias = (forecast - actual).mean()
print(bias, torch.sign(forecast - actual))
