# Solving a batch of 2x2 systems at once; broadcasting of the right-hand side.
import torch

A = torch.tensor([[[2.0, 0.0], [0.0, 4.0]], [[1.0, 1.0], [0.0, 1.0]]], dtype=torch.float64)
b = torch.tensor([[2.0, 4.0], [3.0, 1.0]], dtype=torch.float64)
x = torch.linalg.solve(A, b)
print(x)
print(torch.linalg.solve(A, torch.tensor([1.0, 1.0], dtype=torch.float64)))
inv, info = torch.linalg.inv_ex(torch.tensor([[1.0, 2.0], [2.0, 4.0]], dtype=torch.float64))
print(info)
try:
    torch.linalg.solve(A, torch.ones(3, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
