# multi_dot picks the product order; kron builds a 2-D Laplacian from 1-D ones.
import torch

A = torch.arange(6, dtype=torch.float64).reshape(2, 3)
B = torch.arange(12, dtype=torch.float64).reshape(3, 4)
C = torch.arange(4, dtype=torch.float64).reshape(4, 1)
print(torch.linalg.multi_dot([A, B, C]))
D = torch.tensor([[-2.0, 1.0], [1.0, -2.0]], dtype=torch.float64)
I = torch.eye(2, dtype=torch.float64)
L2 = torch.kron(D, I) + torch.kron(I, D)
print(L2)
print(torch.kron(torch.tensor([1, 2]), torch.tensor([1, 10])))
