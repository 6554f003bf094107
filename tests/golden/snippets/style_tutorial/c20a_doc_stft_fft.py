# torch.fft.fft / rfft / ifft on a short signal
import torch

t = torch.arange(4)
print(torch.fft.fft(t))
print(torch.fft.rfft(torch.tensor([1., 2., 3., 4.])))
x = torch.tensor([0., 1j, -1., -1j])
print(torch.fft.ifft(x))
print(torch.fft.fftfreq(5))
