# relative L2 error and other norms used to report PINN accuracy
import torch

u_pred = torch.tensor([0.0, 0.48, 0.86, 1.01], dtype=torch.float64)
u_true = torch.tensor([0.0, 0.5, 0.866, 1.0], dtype=torch.float64)
err = u_pred - u_true
print(torch.linalg.norm(err).round(decimals=8))
print((torch.linalg.norm(err) / torch.linalg.norm(u_true)).round(decimals=8))
print(torch.linalg.norm(err, ord=float("inf")))
print(torch.linalg.norm(err, ord=1))
M = torch.tensor([[1.0, -2.0], [3.0, 4.0]], dtype=torch.float64)
print(torch.linalg.norm(M), torch.linalg.norm(M, "fro"))
print(torch.linalg.matrix_norm(M, ord=1), torch.linalg.vector_norm(M, ord=2, dim=0))
