import torch

A = torch.tensor([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
b = torch.tensor([1.0, 2.0, 3.0])
x = torch.zeros(3)
for sweep in range(4):
    for i in range(3):
        x[i] = (b[i] - A[i] @ x + A[i, i] * x[i]) / A[i, i]
    resid = (A @ x - b).norm()
    print(sweep, x, f"{resid.item():.5f}")
print(torch.linalg.solve(A, b))
