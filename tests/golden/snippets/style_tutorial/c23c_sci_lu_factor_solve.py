# Reusing one LU factorisation for implicit Euler steps of a linear ODE system.
import torch

A = torch.tensor([[-2.0, 1.0], [1.0, -2.0]], dtype=torch.float64)
h = 0.1
M = torch.eye(2, dtype=torch.float64) - h * A
LU, pivots = torch.linalg.lu_factor(M)
state = torch.tensor([[1.0], [0.0]], dtype=torch.float64)
for step in range(3):
    state = torch.linalg.lu_solve(LU, pivots, state)
    print(step, state.flatten().round(decimals=6).tolist())
print(pivots.dtype, LU.shape)
