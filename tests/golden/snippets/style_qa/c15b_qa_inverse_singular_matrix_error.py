# Q: torch.linalg.inv fails on my matrix. How do I detect a singular matrix first?
import torch

A = torch.tensor([[1.0, 2.0], [2.0, 4.0]])
print(torch.linalg.det(A), torch.linalg.matrix_rank(A), torch.linalg.cond(A))
try:
    torch.linalg.inv(A)
except RuntimeError as e:
    print(type(e).__name__, e)
inv, info = torch.linalg.inv_ex(A)
print(info)
print(torch.linalg.pinv(A))
B = torch.tensor([[4.0, 1.0], [1.0, 3.0]])
print(torch.linalg.inv(B) @ B)
