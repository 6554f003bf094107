# Ill-conditioned Hilbert matrix: a tiny change in b moves the solution a lot.
import torch

n = 6
i = torch.arange(n, dtype=torch.float64)
H = 1.0 / (i[:, None] + i[None, :] + 1)
print(f"cond {torch.linalg.cond(H).item():.3e}")
x_true = torch.ones(n, dtype=torch.float64)
b = H @ x_true
db = torch.zeros(n, dtype=torch.float64)
db[0] = 1e-6
x_pert = torch.linalg.solve(H, b + db)
print(f"relative change in b {(db.norm() / b.norm()).item():.1e}")
print(f"relative change in x {((x_pert - x_true).norm() / x_true.norm()).item():.1e}")
