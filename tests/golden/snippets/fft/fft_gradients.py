# Gradients through torch.fft (float64), printed at the default precision
import torch

torch.manual_seed(3)
x = torch.randn(8, dtype=torch.float64, requires_grad=True)
c = torch.randn(4, dtype=torch.complex128, requires_grad=True)
m = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
cases = [
    ("rfft power", x, lambda: torch.fft.rfft(x).abs().square().sum()),
    ("fft real part", x, lambda: torch.fft.fft(x, n=8).real.sum()),
    ("fft complex", c, lambda: torch.fft.fft(c, norm="ortho").abs().sum()),
    ("irfft", c, lambda: (torch.fft.irfft(c, n=8) * torch.arange(8)).sum()),
    ("hfft", c, lambda: torch.fft.hfft(c, n=8).square().mean()),
    ("fft2 crop", m, lambda: torch.fft.fft2(m, s=(2, 2)).abs().sum()),
]
for name, leaf, loss in cases:
    g, = torch.autograd.grad(loss(), leaf)
    print(name, g)
