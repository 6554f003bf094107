# .to() is not in place
import torch

torch.manual_seed(8)
x = torch.randn(2, 2)
x.to(torch.float64)
print(x.dtype)
x = x.to(torch.float64)
print(x.dtype)
w = torch.randn(2, 2)
try:
    print(x @ w)
except RuntimeError as e:
    print("RuntimeError:", e)
print((x @ w.double()).dtype)
