# torch.linalg.svd / svdvals / pinv / lstsq
import torch

A = torch.tensor([[3., 2., 2.], [2., 3., -2.]], dtype=torch.float64)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
print(S)
print(torch.dist(A, U @ torch.diag(S) @ Vh) < 1e-12)
print(torch.linalg.svdvals(A))
print(torch.linalg.pinv(A))
X = torch.tensor([[1., 1.], [1., 2.], [1., 3.]], dtype=torch.float64)
y = torch.tensor([[1.], [2.], [2.]], dtype=torch.float64)
print(torch.linalg.lstsq(X, y).solution)
print(torch.linalg.matrix_power(torch.tensor([[1., 1.], [0., 1.]]), 5))
