# Printing float64 results that span many magnitudes (scientific notation switches).
import torch

print(torch.tensor([1e-8, 1.0], dtype=torch.float64))
print(torch.tensor([1e-3, 1e3], dtype=torch.float64))
print(torch.tensor([123456.0, 0.5], dtype=torch.float64))
print(torch.tensor([1e-12], dtype=torch.float64), torch.tensor(6.02214076e23, dtype=torch.float64))
print(torch.tensor([float("inf"), -1e-5, float("nan")], dtype=torch.float64))
print(torch.tensor([0.1, 0.25], dtype=torch.float64).tolist())
