# inverting a lower-triangular flow with solve_triangular
import torch

L = torch.tensor([[2.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.5, -1.0, 4.0]], dtype=torch.float64)
x = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)
y = L @ x
print(y)
x_back = torch.linalg.solve_triangular(L, y, upper=False)
print(x_back)
print(torch.log(torch.diagonal(L).abs()).sum().round(decimals=6))
try:
    torch.linalg.solve_triangular(L, y.squeeze(), upper=False)
except RuntimeError as e:
    print("RuntimeError:", e)
