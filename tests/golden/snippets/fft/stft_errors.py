# torch.stft's refusals (ATen's REPR of the call, then the reason) and its two once-per-process warnings
import torch
x = torch.randn(32)
for call in (lambda: torch.stft(x, 64, return_complex=True, center=False),
             lambda: torch.stft(x, 16, hop_length=0, return_complex=True),
             lambda: torch.stft(x, 16, win_length=20, return_complex=True, onesided=False),
             lambda: torch.stft(torch.randn(2, 2, 8), 4, return_complex=True, center=False),
             lambda: torch.stft(x.double(), 16, window=torch.ones(8, dtype=torch.float64), return_complex=False),
             lambda: torch.stft(x.to(torch.complex64), 16, return_complex=True, onesided=True)):
    try:
        r = call(); print(r.shape, r.dtype)
    except RuntimeError as e:
        print(type(e).__name__, e)
print(torch.stft(x.to(torch.complex64), 16, return_complex=True).shape)
print(torch.stft(x, 16, window=torch.ones(16), return_complex=False).shape)
