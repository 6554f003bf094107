# Smoothing by zeroing high frequencies, then irfft
import torch

x = torch.tensor([1.0, 3.0, 2.0, 5.0, 4.0, 6.0, 5.0, 8.0])
X = torch.fft.rfft(x)
X[3:] = 0
smooth = torch.fft.irfft(X, n=8)
print(smooth.round(decimals=3))
print(round(smooth.mean().item(), 4), round(x.mean().item(), 4))
print(torch.fft.fftfreq(4))
