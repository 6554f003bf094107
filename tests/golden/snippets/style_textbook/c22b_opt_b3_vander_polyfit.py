import torch

x = torch.tensor([0.0, 0.5, 1.0, 1.5, 2.0], dtype=torch.float64)
y = 1 - 2 * x + 0.5 * x ** 2
V = torch.linalg.vander(x, N=3)
print(V)
coef = torch.linalg.solve(V.T @ V, V.T @ y)
print(coef.numpy().round(8))
print(torch.vander(x, N=3))
print(torch.kron(torch.eye(2), torch.tensor([[1.0, 2.0]])))
print(torch.block_diag(torch.ones(1, 2), 2 * torch.ones(2, 1)))
