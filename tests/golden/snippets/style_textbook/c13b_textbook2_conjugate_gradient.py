# Numerical methods chapter: conjugate gradient for an SPD system, residual per iteration, vs linalg.solve.
import torch

torch.manual_seed(82)
M = torch.randn(6, 6, dtype=torch.float64)
A = M @ M.T + 6 * torch.eye(6, dtype=torch.float64)
b = torch.randn(6, dtype=torch.float64)
x = torch.zeros(6, dtype=torch.float64)
r = b - A @ x
p = r.clone()
rs = r @ r
for k in range(6):
    Ap = A @ p
    alpha = rs / (p @ Ap)
    x = x + alpha * p
    r = r - alpha * Ap
    rs_new = r @ r
    print(k, f"{rs_new.sqrt().item():.3e}")
    if rs_new.sqrt() < 1e-10:
        break
    p = r + (rs_new / rs) * p
    rs = rs_new
exact = torch.linalg.solve(A, b)
print((x - exact).abs().max() < 1e-8)
print(exact)
print(torch.linalg.eigvalsh(A).min() > 0)
