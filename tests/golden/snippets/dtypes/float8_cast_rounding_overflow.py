# float8 casts: round to nearest even, and each type's overflow (saturate, inf, NaN)
import torch

x = torch.tensor([0.1, 1.0625, 3.3, 247.0, 250.0, 500.0, 61440.0, 1e6, float("inf"), -0.0, 2.0 ** -10, -1e-9])
for d in (torch.float8_e4m3fn, torch.float8_e5m2, torch.float8_e4m3fnuz, torch.float8_e5m2fnuz):
    y = x.to(d)
    print(y)
    print(y.float().tolist())
print(torch.tensor([1.0625 + 1e-12], dtype=torch.float64).to(torch.float8_e4m3fn))  # by way of float
print(torch.tensor([300, 1000]).to(torch.float8_e4m3fn), torch.full((2,), 3.3, dtype=torch.float8_e5m2))
e = torch.tensor([0.1, 3.3, 100.0, -0.02, 1e6, 0.0, 1e-9, float("nan")]).to(torch.float8_e8m0fnu)
print(e)
print(e.float())
