# Result dtypes: real inputs give complex spectra of their precision; integers promote to the
# default float type; half types are refused on the CPU
import torch

print(torch.fft.fft(torch.arange(4)).dtype, torch.fft.rfft(torch.tensor([1, 2, 3, 4])).dtype)
print(torch.fft.fft(torch.tensor([True, False])))
print(torch.fft.fft(torch.ones(2, dtype=torch.float64)).dtype, torch.fft.ifft(torch.ones(2)).dtype)
print(torch.fft.irfft(torch.ones(3, dtype=torch.complex128)).dtype, torch.fft.irfft(torch.ones(3)).dtype)
print(torch.fft.hfft(torch.ones(3)).dtype, torch.fft.ihfft(torch.ones(4, dtype=torch.float64)).dtype)
print(torch.fft.fftn(torch.ones(2, 2, dtype=torch.int32)).dtype, torch.fft.rfftn(torch.ones(4)).dtype)
print(torch.fft.ifft(torch.arange(4)))
print(torch.fft.ifft(torch.arange(4)).is_conj(), torch.fft.ihfft(torch.ones(4)).is_conj())
torch.set_default_dtype(torch.float64)
print(torch.fft.fft(torch.arange(4)).dtype, torch.fft.fftfreq(3).dtype)
torch.set_default_dtype(torch.float32)
for dtype in (torch.float16, torch.bfloat16):
    try:
        torch.fft.fft(torch.ones(4, dtype=dtype))
    except RuntimeError as e:
        print(type(e).__name__, e)
