# Finding the dominant period of a series with torch.fft.rfft
import math
import torch

t = torch.arange(48, dtype=torch.float32)
series = torch.sin(2 * math.pi * t / 12) + 0.5 * torch.sin(2 * math.pi * t / 4)
spec = torch.fft.rfft(series)
print(spec.shape, spec.dtype)
power = spec.abs() ** 2
freqs = torch.fft.rfftfreq(48)
top = power[1:].topk(2).indices + 1
print(top, freqs[top])
print((1 / freqs[top]).round())
