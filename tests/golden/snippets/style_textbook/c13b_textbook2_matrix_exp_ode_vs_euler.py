# Differential equations chapter: linear ODE x' = A x solved by matrix_exp vs explicit Euler with shrinking steps.
import torch

A = torch.tensor([[0.0, 1.0], [-4.0, -0.4]], dtype=torch.float64)
x0 = torch.tensor([1.0, 0.0], dtype=torch.float64)
T = 2.0
exact = torch.linalg.matrix_exp(A * T) @ x0
print(exact)
for steps in (10, 100, 1000):
    h = T / steps
    x = x0.clone()
    for _ in range(steps):
        x = x + h * (A @ x)
    print(steps, x, (x - exact).norm().item())
print(torch.linalg.eigvals(A))
E = torch.linalg.matrix_exp(A)
print(torch.allclose(E @ E, torch.linalg.matrix_exp(2 * A)))
