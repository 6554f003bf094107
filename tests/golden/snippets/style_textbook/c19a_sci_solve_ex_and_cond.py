# Hilbert matrices: condition number grows and float32 solves lose digits
import torch
for n in (4, 8):
    i = torch.arange(n, dtype=torch.float64)
    Hm = 1.0 / (i[:, None] + i[None, :] + 1)
    x_true = torch.ones(n, dtype=torch.float64)
    b = Hm @ x_true
    x64 = torch.linalg.solve(Hm, b)
    x32 = torch.linalg.solve(Hm.float(), b.float())
    print(n, f"{torch.linalg.cond(Hm).item():.4e}")
    print("  err64", (x64 - x_true).abs().max().item() < 1e-3, "err32 > 1e-3:", (x32.double() - x_true).abs().max().item() > 1e-3)
