# allclose/isclose with rtol and atol, and NaN handling.
import torch

a = torch.tensor([1.0, 1e-9, float("nan"), 100.0], dtype=torch.float64)
b = torch.tensor([1.0 + 1e-7, 0.0, float("nan"), 100.01], dtype=torch.float64)
print(torch.isclose(a, b))
print(torch.isclose(a, b, equal_nan=True))
print(torch.isclose(a, b, rtol=1e-3, atol=0.0))
print(torch.allclose(a[:2], b[:2]), torch.allclose(a[:2], b[:2], rtol=0, atol=0))
try:
    torch.allclose(a, b.float())
except RuntimeError as e:
    print("RuntimeError:", e)
