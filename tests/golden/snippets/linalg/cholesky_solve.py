import torch

A = torch.tensor([[4.0, 2.0, 0.6],
                  [2.0, 5.0, 1.0],
                  [0.6, 1.0, 3.0]], dtype=torch.float64)
b = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)
L = torch.linalg.cholesky(A)
print(L)
print(torch.allclose(L @ L.T, A))
# solve A x = b with the factor: L y = b, then L^T x = y
y = torch.linalg.solve(L, b)
x = torch.linalg.solve(L.T, y)
print(x)
print(torch.linalg.solve(A, b))
print(torch.linalg.cholesky(A, upper=True))
try:
    torch.linalg.cholesky(torch.tensor([[1.0, 2.0], [2.0, 1.0]]))
except torch.linalg.LinAlgError as e:
    print(type(e).__name__, e)
