# Linear algebra chapter: L1/L2/Linf vector norms, Frobenius/nuclear/spectral matrix norms, properties.
import torch

u = torch.tensor([3.0, -4.0])
print(torch.norm(u), torch.abs(u).sum(), torch.linalg.vector_norm(u, ord=float("inf")))
print(torch.linalg.vector_norm(u, 1), torch.linalg.vector_norm(u, 3), torch.linalg.vector_norm(u, 0))
A = torch.arange(1.0, 7.0).reshape(2, 3)
print(torch.norm(torch.ones((4, 9))))
print(torch.linalg.matrix_norm(A), torch.linalg.matrix_norm(A, "fro"))
print(torch.linalg.matrix_norm(A, "nuc"), torch.linalg.matrix_norm(A, 2), torch.linalg.matrix_norm(A, -2))
print(torch.linalg.matrix_norm(A, 1), torch.linalg.matrix_norm(A, float("inf")))
print(torch.linalg.norm(A, dim=1), torch.linalg.norm(A, ord=1, dim=0))
s = torch.linalg.svdvals(A)
print(s, s.sum(), s.max(), s.pow(2).sum().sqrt())
v = torch.tensor([1.0, 2.0])
w = torch.tensor([-2.0, 0.5])
print(torch.norm(v + w) <= torch.norm(v) + torch.norm(w), torch.norm(3 * v), 3 * torch.norm(v))
print(torch.dot(v, w).abs() <= v.norm() * w.norm())
print(torch.linalg.norm(A.double()), A.norm(p=1))
