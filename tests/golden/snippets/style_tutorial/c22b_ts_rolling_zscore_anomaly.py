import torch

torch.manual_seed(12)
x = torch.randn(30) * 0.5
x[20] = 6.0
w = 8
win = x.unfold(0, w, 1)[:-1]
mu = win.mean(1)
sd = win.std(1, unbiased=True)
z = (x[w:] - mu) / sd
anomalies = (z.abs() > 3).nonzero().flatten() + w
print(anomalies)
print(f"{z.abs().max().item():.3f}")
