# np.linalg.solve / inv / lstsq in torch.linalg
import numpy as np
import torch

A = np.array([[3.0, 1.0], [1.0, 2.0]])
b = np.array([9.0, 8.0])
x_np = np.linalg.solve(A, b)
x_t = torch.linalg.solve(torch.from_numpy(A), torch.from_numpy(b))
print(x_np, x_t)
print(torch.linalg.inv(torch.from_numpy(A)))
X = torch.tensor([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
y = torch.tensor([[1.0], [2.0], [2.0]])
sol = torch.linalg.lstsq(X, y)
print(sol.solution)
print(np.linalg.lstsq(X.numpy(), y.numpy(), rcond=None)[0])
