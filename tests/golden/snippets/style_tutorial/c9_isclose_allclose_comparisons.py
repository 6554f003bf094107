# Comparing tensors: ==, equal, isclose/allclose with rtol and atol, NaN handling, maximum and minimum.
import torch

a = torch.tensor([1.0, 2.0, float("nan"), 1e-8, 100.0])
b = torch.tensor([1.0 + 1e-6, 2.1, float("nan"), 0.0, 100.001])
print(a == b)
print(torch.equal(a, a), torch.equal(a[:2], a[:2].clone()))
print(torch.isclose(a, b))
print(torch.isclose(a, b, equal_nan=True))
print(torch.isclose(a, b, rtol=0.0, atol=1e-7))
print(torch.isclose(a, b, rtol=1e-2))
print(torch.allclose(a[:2], b[:2], atol=0.2), torch.allclose(a, b))
print(torch.maximum(a, b), torch.fmax(a, b))
print(torch.minimum(a, b), torch.fmin(a, b))
print(torch.eq(torch.tensor([1, 2]), 2), torch.ne(a, a))
print(torch.tensor([0.1 + 0.2]) == torch.tensor([0.3]), 0.1 + 0.2 == 0.3)
print(torch.isclose(torch.tensor(0.1 + 0.2, dtype=torch.float64), torch.tensor(0.3, dtype=torch.float64)))
try:
    torch.allclose(torch.ones(2), torch.ones(2, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.isnan(a), torch.isfinite(a), torch.nan_to_num(a, nan=0.0))
print(torch.testing.assert_close(a[:2], a[:2].clone()))
