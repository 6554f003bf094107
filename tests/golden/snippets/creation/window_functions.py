# Window functions before an FFT: periodic (the default) or symmetric
import torch

print(torch.hann_window(8))
print(torch.hann_window(8, periodic=False))
print(torch.hamming_window(6, dtype=torch.float64))
print(torch.hamming_window(6, False, 0.5, 0.5))
print(torch.blackman_window(7))
print(torch.bartlett_window(5))
print(torch.kaiser_window(6, True, 5.0))
print(torch.kaiser_window(9).sum().item())
w = torch.hann_window(400)
print(w.shape, w.dtype, w.max().item(), w[200].item(), w[13].item())
print(torch.hann_window(1), torch.hann_window(0), torch.hann_window(3, requires_grad=True))
for bad in (lambda: torch.hann_window(5, dtype=torch.int64), lambda: torch.hann_window(-2),
            lambda: torch.kaiser_window(6, beta=5.0), lambda: torch.hann_window(4.0)):
    try:
        bad()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
