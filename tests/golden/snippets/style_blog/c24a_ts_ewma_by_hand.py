# Exponentially weighted moving average with bias correction
import torch

x = torch.tensor([10.0, 12.0, 9.0, 14.0, 13.0])
beta = 0.8
v = torch.zeros(())
smoothed, corrected = [], []
for t, xt in enumerate(x, start=1):
    v = beta * v + (1 - beta) * xt
    smoothed.append(v)
    corrected.append(v / (1 - beta ** t))
print(torch.stack(smoothed))
print(torch.stack(corrected))
w = (1 - beta) * beta ** torch.arange(4, -1, -1, dtype=torch.float32)
print(w)
print((w * x).sum())
