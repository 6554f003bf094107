# fftfreq/rfftfreq (arithmetic: exact) and fftshift/ifftshift (a roll)
import torch

for n in (1, 4, 5, 8):
    print(n, torch.fft.fftfreq(n).tolist(), torch.fft.rfftfreq(n).tolist())
print(torch.fft.fftfreq(5, d=0.1).tolist())
print(torch.fft.fftfreq(7, d=1 / 3, dtype=torch.float64).tolist())
print(torch.fft.rfftfreq(9, 0.3).tolist())
print(torch.fft.fftfreq(4, 0))
print(torch.fft.fftfreq(3, requires_grad=True))
print(torch.fft.fftshift(torch.fft.fftfreq(6)))
print(torch.fft.ifftshift(torch.fft.fftshift(torch.arange(7))))
m = torch.arange(12).view(3, 4)
print(torch.fft.fftshift(m))
print(torch.fft.fftshift(m, dim=1), torch.fft.ifftshift(m, dim=(0,)))
x = torch.randn(4, requires_grad=True)
print(torch.fft.fftshift(x).grad_fn, torch.fft.fftshift(x).grad_fn._saved_shifts)
