# Section 5.6: catastrophic cancellation in the quadratic formula
import torch

a, b, c = 1.0, 1e4, 1.0
for dt in (torch.float32, torch.float64):
    B = torch.tensor(b, dtype=dt)
    disc = torch.sqrt(B * B - 4 * a * c)
    naive = (-B + disc) / (2 * a)
    stable = (2 * c) / (-B - disc)
    print(dt, f"{naive.item():.6e}", f"{stable.item():.6e}")
