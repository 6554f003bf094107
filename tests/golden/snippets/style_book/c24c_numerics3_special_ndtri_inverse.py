# Section 7.12: ndtri inverts ndtr
import torch

p = torch.tensor([0.001, 0.025, 0.5, 0.975, 0.999], dtype=torch.float64)
z = torch.special.ndtri(p)
print(z.round(decimals=6))
print((torch.special.ndtr(z) - p).abs().max() < 1e-12)
print(torch.special.ndtri(torch.tensor([0.0, 1.0, 1.5])))
