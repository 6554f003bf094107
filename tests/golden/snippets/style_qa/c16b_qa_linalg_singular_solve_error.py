# Q: linalg.solve on a singular matrix.
import torch

A = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
b = torch.tensor([1.0, 1.0])
try:
    torch.linalg.solve(A, b)
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.linalg.det(A))
try:
    torch.linalg.inv(torch.zeros(3, 3))
except torch.linalg.LinAlgError as e:
    print(e)
print(torch.linalg.pinv(A))
