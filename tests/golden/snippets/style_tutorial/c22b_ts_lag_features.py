import torch

y = torch.tensor([5.0, 7.0, 6.0, 8.0, 9.0, 11.0, 10.0, 12.0])
lags = [1, 2, 3]
max_lag = max(lags)
features = torch.stack([y[max_lag - l:len(y) - l] for l in lags], dim=1)
target = y[max_lag:]
print(features)
print(target)
beta = torch.linalg.lstsq(torch.cat([features, torch.ones(len(target), 1)], 1), target.unsqueeze(1)).solution
print(beta.squeeze().round(decimals=3))
