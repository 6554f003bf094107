# Numerics chapter: how each float format rounds the same numbers.
import torch

vals = [0.1, 1 / 3, 3.14159265358979, 65504.0, 70000.0, 1e-8, 1e-40]
for dt in (torch.float64, torch.float32, torch.float16, torch.bfloat16):
    t = torch.tensor(vals, dtype=dt)
    print(dt, t.tolist())
t = torch.tensor(vals, dtype=torch.float16)
print(t)
print(torch.tensor(vals, dtype=torch.bfloat16))
print(torch.isinf(t), torch.isfinite(t))
print(torch.tensor(1 / 3).double().item(), torch.tensor(1 / 3, dtype=torch.float64).item())
