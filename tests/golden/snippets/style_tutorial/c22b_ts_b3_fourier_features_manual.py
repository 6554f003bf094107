import math
import torch

t = torch.arange(8.0)
K, period = 2, 4.0
feats = torch.cat([torch.stack([torch.sin(2 * math.pi * k * t / period), torch.cos(2 * math.pi * k * t / period)], 1) for k in range(1, K + 1)], 1)
print(feats.shape)
print(feats.round(decimals=3)[:4])
y = 3 + 2 * torch.sin(2 * math.pi * t / period)
X = torch.cat([torch.ones(8, 1), feats[:, :2]], 1)
print(torch.linalg.lstsq(X, y.unsqueeze(1)).solution.flatten().round(decimals=4))
