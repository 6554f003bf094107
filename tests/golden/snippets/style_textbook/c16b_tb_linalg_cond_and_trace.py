# Condition numbers and traces.
import torch

A = torch.tensor([[1.0, 2.0], [2.0, 4.001]], dtype=torch.float64)
print(torch.linalg.cond(A))
print(torch.linalg.cond(torch.eye(3)))
print(torch.trace(A), A.diagonal().sum())
print(torch.linalg.cond(torch.tensor([[2.0, 0.0], [0.0, 0.5]]), p='fro'))
print(torch.trace(torch.arange(9).view(3, 3)))
