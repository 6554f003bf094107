# Spectral derivative of a periodic function with rfft/irfft (float64), compared to the exact one.
import math
import torch

n = 16
x = torch.arange(n, dtype=torch.float64) * 2 * math.pi / n
u = torch.sin(2 * x)
k = torch.fft.rfftfreq(n, d=1.0 / n)
du = torch.fft.irfft(1j * k * torch.fft.rfft(u), n=n)
print(k)
print((du - 2 * torch.cos(2 * x)).abs().max() < 1e-10)
print(torch.fft.rfft(u).shape, torch.fft.rfft(u).dtype)
print(torch.fft.fftfreq(4), torch.fft.fftshift(torch.arange(5)))
