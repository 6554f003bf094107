import torch
import torch.nn.functional as F

period = 4
t = torch.arange(16.0)
season = torch.tensor([1.0, -1.0, 0.5, -0.5]).repeat(4)
y = 0.5 * t + season
trend = F.avg_pool1d(F.pad(y.view(1, 1, -1), (2, 1), mode="replicate"), period, stride=1).flatten()
detr = y - trend
seasonal = detr.view(-1, period).mean(0)
print(trend.shape, trend[:6])
print(seasonal.round(decimals=3))
print((y - trend - seasonal.repeat(4)).abs().max().round(decimals=3))
