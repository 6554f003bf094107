# A 2-D Laplacian assembled from 1-D ones with Kronecker products; its smallest eigenvalue.
import math
import torch

n = 4
h = 1.0 / (n + 1)
T = (2 * torch.eye(n) - torch.diag(torch.ones(n - 1), 1) - torch.diag(torch.ones(n - 1), -1)) / h ** 2
I = torch.eye(n)
L = torch.kron(T, I) + torch.kron(I, T)
print(L.shape)
ev = torch.linalg.eigvalsh(L)
print(round(ev[0].item(), 3), round(2 * math.pi ** 2, 3))
print(torch.linalg.multi_dot([torch.ones(1, 16), L, torch.ones(16, 1)]))
