# linear ODE solution x(t) = expm(A t) x0 with torch.linalg.matrix_exp (rounded)
import torch

A = torch.tensor([[0.0, 1.0], [-1.0, 0.0]], dtype=torch.float64)
x0 = torch.tensor([1.0, 0.0], dtype=torch.float64)
for t in (0.0, 1.0, 3.14159265):
    xt = torch.linalg.matrix_exp(A * t) @ x0
    print(t, (xt.round(decimals=6) + 0.0).tolist())
print(torch.linalg.matrix_exp(torch.zeros(2, 2, dtype=torch.float64)))
