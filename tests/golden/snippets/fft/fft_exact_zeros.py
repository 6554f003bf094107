# Spectral values and gradients that are zero in exact arithmetic: the sign of each zero shows in the default print
import torch

print(torch.fft.fft(torch.ones(8)))
torch.manual_seed(3)
x = torch.randn(8, dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(torch.fft.ifft(x).imag.pow(2).sum(), x)
print(g)
g, = torch.autograd.grad(torch.fft.ihfft(x).real.sum(), x)
print(g)
