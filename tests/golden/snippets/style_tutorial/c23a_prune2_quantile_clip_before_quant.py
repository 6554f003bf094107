# Clip outliers at the 1st/99th percentile before choosing an 8-bit scale
import torch

torch.manual_seed(43)
w = torch.randn(1000)
w[0], w[1] = 25.0, -30.0
lo, hi = torch.quantile(w, torch.tensor([0.01, 0.99]))
clipped = w.clamp(lo, hi)
scale_raw = (w.max() - w.min()) / 255
scale_clip = (hi - lo) / 255
print(bool(scale_clip < scale_raw / 5))
print(clipped.min() == lo, clipped.max() == hi)
print(round(scale_raw.item(), 4))
