# Uniform rounding to b fractional bits: the worst-case error halves with every extra bit
import torch

w = torch.tensor([0.137, -0.52, 0.999, -0.01, 0.3333])
for b in (1, 2, 4, 8):
    step = 2.0 ** -b
    q = torch.round(w / step) * step
    print(b, q, round((w - q).abs().max().item(), 5), (w - q).abs().max().item() <= step / 2)
