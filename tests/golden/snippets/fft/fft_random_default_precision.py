# Transforms of seeded random signals, printed at the default precision (4 decimals)
import torch

torch.manual_seed(0)
for n in (4, 8, 16, 32):
    x = torch.randn(n)
    print(n, torch.fft.rfft(x).abs())
    print(torch.allclose(torch.fft.irfft(torch.fft.rfft(x), n=n), x, atol=1e-6))
x64 = torch.randn(8, dtype=torch.float64)
print(torch.fft.fft(x64))
print(torch.fft.ifft(torch.fft.fft(x64)).real)
c = torch.randn(8, dtype=torch.complex64)
print(torch.fft.fft(c))
print(torch.fft.ifft(c, norm="forward"))
