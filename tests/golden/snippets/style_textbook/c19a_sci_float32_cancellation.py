# catastrophic cancellation: (1 - cos x)/x^2 in float32 and float64
import torch
for dt in (torch.float32, torch.float64):
    x = torch.tensor([1e-1, 1e-3, 1e-4], dtype=dt)
    naive = (1 - torch.cos(x)) / x ** 2
    stable = 2 * torch.sin(x / 2) ** 2 / x ** 2
    print(dt, naive.tolist())
    print(dt, stable.tolist())
print(torch.expm1(torch.tensor(1e-10)).item(), (torch.exp(torch.tensor(1e-10)) - 1).item())
print(torch.log1p(torch.tensor(1e-10, dtype=torch.float64)).item())
