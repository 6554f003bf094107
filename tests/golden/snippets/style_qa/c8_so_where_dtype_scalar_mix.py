# Q: torch.where with a scalar and an int tensor changes the dtype; clamp with tensor bounds; nan_to_num.
import torch

x = torch.tensor([-2, 0, 3])
print(torch.where(x > 0, x, 0), torch.where(x > 0, x, 0).dtype)
print(torch.where(x > 0, x, 0.5), torch.where(x > 0, 1.0, 0.0))
print(torch.where(x > 0))
f = torch.tensor([-1.5, float('nan'), 2.0, float('inf')])
print(torch.where(torch.isnan(f), torch.zeros_like(f), f))
print(torch.nan_to_num(f), torch.nan_to_num(f, nan=0.0, posinf=1.0))
print(f.clamp(min=0), f.clamp(-1, 1), torch.clamp(f, max=torch.tensor([0.0, 0.0, 1.0, 1.0])))
try:
    torch.clamp(f)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.clamp(min=0.5), x.clamp(min=0.5).dtype)
print(torch.maximum(x, torch.tensor(1)), torch.minimum(f, torch.tensor(0.0)), torch.fmax(f, torch.tensor(0.0)))
