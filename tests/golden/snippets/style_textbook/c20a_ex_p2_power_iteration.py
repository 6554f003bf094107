# Practice 2: dominant eigenvalue by power iteration, compared with eigvalsh
import torch

A = torch.tensor([[4., 1., 0.], [1., 3., 1.], [0., 1., 2.]], dtype=torch.float64)
v = torch.ones(3, dtype=torch.float64)
for _ in range(50):
    v = A @ v
    v = v / v.norm()
print(v @ A @ v)
print(torch.linalg.eigvalsh(A)[-1])
