# Quantiles of measured data with each interpolation mode, and nanquantile.
import torch

data = torch.tensor([1.0, 2.0, 4.0, 7.0, 11.0], dtype=torch.float64)
for mode in ["linear", "lower", "higher", "midpoint", "nearest"]:
    print(mode, torch.quantile(data, torch.tensor([0.25, 0.6], dtype=torch.float64), interpolation=mode).tolist())
print(torch.nanquantile(torch.tensor([1.0, float("nan"), 3.0]), 0.5), torch.quantile(torch.tensor([1.0, float("nan")]), 0.5))
try:
    torch.quantile(data, 1.5)
except RuntimeError as e:
    print("RuntimeError:", e)
