# Tutorial aside: the same central difference of exp at 1 in float32 and float64, rounded errors.
import torch

for dt in (torch.float32, torch.float64):
    p = torch.tensor(1.0, dtype=dt)
    ok = []
    for step in (1e-1, 1e-3, 1e-5):
        approx = (torch.exp(p + step) - torch.exp(p - step)) / (2 * step)
        ok.append(bool(abs(approx.item() - 2.718281828459045) < 1e-4))
    print(str(dt).split(".")[1], ok)
print(torch.finfo(torch.float64).resolution, torch.finfo(torch.float32).tiny)
