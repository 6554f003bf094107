# A learner's spectrum: the peak frequency of a sampled sine, and its magnitude rounded
import math
import torch

fs = 64
t = torch.arange(fs) / fs
signal = torch.sin(2 * math.pi * 5 * t) + 0.5 * torch.sin(2 * math.pi * 12 * t)
spectrum = torch.fft.rfft(signal)
freqs = torch.fft.rfftfreq(fs, d=1 / fs)
print(spectrum.shape, freqs[:4])
peaks = spectrum.abs().topk(2).indices
print(peaks, freqs[peaks])
print((spectrum.abs()[[5, 12]] / (fs / 2)).round(decimals=3))
print(torch.allclose(torch.fft.irfft(spectrum, n=fs), signal, atol=1e-5))
print(round(torch.fft.fft(signal).abs().max().item(), 3))
