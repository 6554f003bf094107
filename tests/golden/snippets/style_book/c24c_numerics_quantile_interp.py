# Section 8.1: quantile interpolation modes
import torch

data = torch.tensor([1.0, 2.0, 4.0, 7.0, 10.0])
for mode in ["linear", "lower", "higher", "nearest", "midpoint"]:
    print(mode, torch.quantile(data, torch.tensor([0.3, 0.5, 0.9]), interpolation=mode))
print(torch.quantile(data, 0.25))
try:
    torch.quantile(data, 1.5)
except RuntimeError as e:
    print("RuntimeError:", e)
