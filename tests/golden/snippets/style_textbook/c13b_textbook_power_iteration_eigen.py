# Eigenvalue chapter: power iteration and Rayleigh quotient vs torch.linalg.eigvalsh on a symmetric matrix.
import torch

torch.manual_seed(12)
B = torch.randn(4, 4, dtype=torch.float64)
A = B @ B.T + torch.eye(4, dtype=torch.float64)
v = torch.ones(4, dtype=torch.float64) / 2
for k in range(25):
    w = A @ v
    v = w / w.norm()
    if k % 6 == 0:
        print(k, (v @ A @ v).item())
lam = v @ A @ v
evals, evecs = torch.linalg.eigh(A)
print(evals)
print(lam.item(), evals[-1].item(), abs(lam - evals[-1]).item() < 1e-8)
print(torch.abs(v @ evecs[:, -1]))
shift = torch.linalg.inv(A - 0.5 * torch.eye(4, dtype=torch.float64))
u = torch.ones(4, dtype=torch.float64)
for _ in range(40):
    u = shift @ u
    u = u / u.norm()
print((u @ A @ u).item(), evals[0].item())
print(torch.linalg.eigvals(A).real.sort().values)
