# Spectral differentiation of a periodic function with the FFT.
import math
import torch

n = 16
x = torch.arange(n, dtype=torch.float64) * 2 * math.pi / n
u = torch.sin(2 * x) + 0.5 * torch.cos(x)
k = torch.fft.fftfreq(n, d=1.0 / n).to(torch.float64)
du = torch.fft.ifft(1j * k * torch.fft.fft(u)).real
exact = 2 * torch.cos(2 * x) - 0.5 * torch.sin(x)
print(k[:5])
print(f"{(du - exact).abs().max().item():.1e}")
print(torch.fft.rfft(u).abs()[:4].round(decimals=6))
