# Trend by a centred moving average (replicate padding), then the seasonal remainder
import torch
import torch.nn.functional as F

y = torch.tensor([10.0, 12.0, 14.0, 11.0, 13.0, 15.0, 12.0, 14.0, 16.0])
k = 3
trend = F.avg_pool1d(F.pad(y.view(1, 1, -1), (1, 1), mode='replicate'), k, stride=1).view(-1)
print(trend)
detrended = y - trend
print(detrended)
seasonal = detrended.view(3, 3).mean(0)
print(seasonal)
print(seasonal.repeat(3))
resid = y - trend - seasonal.repeat(3)
print(resid.abs().max())
