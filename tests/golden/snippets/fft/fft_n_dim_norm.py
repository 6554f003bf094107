# n= crops or zero-pads the input, dim= picks the axis, norm= picks the scaling
import torch

x = torch.arange(6, dtype=torch.float32)
print(torch.fft.rfft(x, n=4))
print(torch.fft.rfft(x, n=8))
print(torch.fft.fft(x.view(2, 3).to(torch.complex64), dim=0))
print(torch.fft.fft(x.view(2, 3).to(torch.complex64), n=2, dim=-1))
for norm in (None, "backward", "ortho", "forward"):
    print(norm, torch.fft.fft(torch.tensor([1.0, 0.0, 0.0, 0.0]), norm=norm))
    print(norm, torch.fft.ifft(torch.tensor([4.0, 0.0, 0.0, 0.0]), norm=norm))
    print(norm, torch.fft.irfft(torch.tensor([4.0, 0.0, 0.0]), norm=norm))
print(torch.fft.irfft(torch.tensor([1.0, 2.0, 3.0]), n=8))
print(torch.fft.hfft(torch.tensor([1.0, 2j, 3.0]), n=4, norm="ortho"))
