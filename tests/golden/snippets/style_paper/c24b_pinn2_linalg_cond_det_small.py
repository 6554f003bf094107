# conditioning of small float64 stiffness matrices (rounded prints)
import torch

K = torch.tensor([[4.0, 1.0], [1.0, 3.0]], dtype=torch.float64)
print(round(torch.linalg.cond(K).item(), 6))
print(round(torch.linalg.det(K).item(), 6))
print(torch.linalg.matrix_rank(K), torch.linalg.matrix_rank(torch.ones(3, 3, dtype=torch.float64)))
print(torch.linalg.inv(K).round(decimals=6))
print(torch.linalg.norm(K, ord=2).round(decimals=6))
