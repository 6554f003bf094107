import torch

y = torch.tensor([10.0, 12.0, 13.0, 15.0, 18.0, 19.0, 22.0])
a, b = 0.5, 0.3
level, trend = y[0], y[1] - y[0]
fitted = []
for t in range(1, len(y)):
    fitted.append((level + trend).item())
    new_level = a * y[t] + (1 - a) * (level + trend)
    trend = b * (new_level - level) + (1 - b) * trend
    level = new_level
print([round(v, 3) for v in fitted])
print((level + trend * torch.arange(1, 4)).round(decimals=3))
