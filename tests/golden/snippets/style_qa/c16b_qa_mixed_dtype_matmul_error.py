# Q: expected m1 and m2 to have the same dtype
import torch

x = torch.randn(2, 3, dtype=torch.float64)
w = torch.randn(3, 4)
try:
    x @ w
except RuntimeError as e:
    print(e)
try:
    torch.mm(w.T, torch.ones(2, 4, dtype=torch.int64).T.float().T)
except RuntimeError as e:
    print(e)
print((x.float() @ w).dtype)
