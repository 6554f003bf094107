# spectral derivative of a periodic function with torch.fft (rounded)
import math
import torch

N = 32
x = torch.arange(N, dtype=torch.float64) * (2 * math.pi / N)
u = torch.sin(3 * x) + 0.5
k = torch.fft.fftfreq(N, d=1.0 / N)
u_hat = torch.fft.fft(u)
du = torch.fft.ifft(1j * k * u_hat).real
print(k[:4], k[-2:])
print(torch.allclose(du, 3 * torch.cos(3 * x)))
print(du.dtype, du.shape)
