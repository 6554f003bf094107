# Cross products, batched dot products and chained products.
import torch

a = torch.tensor([1.0, 0.0, 0.0])
b = torch.tensor([0.0, 1.0, 0.0])
print(torch.linalg.cross(a, b), torch.linalg.cross(b, a))
P = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(torch.linalg.vecdot(P, P))
A = torch.arange(6.0).view(2, 3)
B = torch.arange(12.0).view(3, 4)
C = torch.arange(4.0).view(4, 1)
print(torch.linalg.multi_dot([A, B, C]))
print(A @ B @ C)
