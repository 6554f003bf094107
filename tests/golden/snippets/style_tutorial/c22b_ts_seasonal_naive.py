import torch

period = 4
hist = torch.tensor([10.0, 20.0, 15.0, 5.0, 12.0, 22.0, 16.0, 6.0])
horizon = 6
idx = torch.arange(horizon) % period
forecast = hist[-period:][idx]
print(forecast)
naive = hist[-1].repeat(horizon)
print(naive)
drift = hist[-1] + (hist[-1] - hist[0]) / (len(hist) - 1) * torch.arange(1, horizon + 1)
print(drift)
