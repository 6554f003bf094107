# Sensitivity of y(T) to the decay rate k by backpropagating through the solver.
import torch

k = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
y = torch.tensor(2.0, dtype=torch.float64)
h, n = 0.01, 200
for _ in range(n):
    y = y - h * k * y
y.backward()
T = h * n
print(f"y(T) {y.item():.6f}")
print(f"dy/dk autograd {k.grad.item():.6f}")
print(f"dy/dk exact    {(-T * 2.0 * torch.exp(-k * T)).item():.6f}")
