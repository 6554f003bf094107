# The 1-D transforms on short signals whose spectra are exact: values, dtypes, shapes
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0])
print(torch.fft.fft(x))
print(torch.fft.ifft(x))
print(torch.fft.rfft(x), torch.fft.rfft(x).shape)
print(torch.fft.irfft(torch.fft.rfft(x)))
print(torch.fft.irfft(torch.fft.rfft(x), n=4))
print(torch.fft.hfft(torch.tensor([1.0, 2.0, 3.0])))
print(torch.fft.ihfft(x))
c = torch.tensor([1 + 1j, 0, -1j, 2], dtype=torch.complex128)
print(torch.fft.fft(c))
print(torch.fft.ifft(c))
print(torch.fft.fft(torch.zeros(4, dtype=torch.complex64)))
print(torch.fft.fft(torch.tensor([0.0, 1.0, 0.0, -1.0]), norm="forward"))
print(torch.fft.ifft(torch.tensor([4.0, 0.0, 0.0, 0.0]), norm="ortho"))
