# min-SNR loss weights from alphas_cumprod
import torch

ac = torch.cumprod(1 - torch.linspace(1e-4, 0.02, 1000), 0)
snr = ac / (1 - ac)
t = torch.tensor([0, 10, 500, 999])
w = torch.clamp(snr[t], max=5.0) / snr[t]
print(snr[t])
print(w)
print(snr.dtype, snr.argmax(), snr.argmin())
