# convolution via the FFT vs direct (full) convolution
import torch
import torch.nn.functional as F

torch.manual_seed(130)
x = torch.randn(8)
k = torch.randn(3)
n = 8 + 3 - 1
via_fft = torch.fft.irfft(torch.fft.rfft(x, n) * torch.fft.rfft(k, n), n)
direct = F.conv1d(x.view(1, 1, -1), k.flip(0).view(1, 1, -1), padding=2).view(-1)
print(torch.allclose(via_fft, direct, atol=1e-5))
print(direct)
print(torch.fft.rfft(k, 4))
