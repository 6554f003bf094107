# a batch of small systems solved at once; b broadcast over the batch
import torch

A = torch.stack([torch.eye(2, dtype=torch.float64) * s for s in (1.0, 2.0, 4.0)])
b = torch.tensor([2.0, 4.0], dtype=torch.float64)
x = torch.linalg.solve(A, b)
print(x)
print(torch.linalg.solve(A, b.unsqueeze(-1)).shape)
print(torch.linalg.det(A))
