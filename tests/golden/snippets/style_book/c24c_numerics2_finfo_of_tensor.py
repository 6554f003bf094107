# Section 5.17: finfo from a tensor's dtype and eps-scaled tolerances
import torch

x = torch.tensor([1.0, 2.0], dtype=torch.float64)
eps = torch.finfo(x.dtype).eps
print(eps, torch.finfo(torch.float16).max, torch.finfo(torch.float32).min)
print(torch.finfo(torch.complex64))
try:
    torch.finfo(torch.int32)
except TypeError as e:
    print("TypeError:", e)
tol = 10 * eps * x.abs().max()
print(tol.item())
