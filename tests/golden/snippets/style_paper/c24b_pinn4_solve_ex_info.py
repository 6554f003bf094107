# solve_ex / inv_ex return an info code instead of raising
import torch

A = torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64)
b = torch.tensor([1.0, 2.0], dtype=torch.float64)
res = torch.linalg.solve_ex(A, b)
print(type(res).__name__, res.info)
inv = torch.linalg.inv_ex(torch.eye(2, dtype=torch.float64) * 4)
print(inv.inverse, inv.info)
print(torch.linalg.inv_ex(A).info)
