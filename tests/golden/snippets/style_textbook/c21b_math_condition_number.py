# condition number and error amplification: perturb b and watch the solution move
import torch

A = torch.tensor([[1.0, 0.99], [0.99, 0.98]], dtype=torch.float64)
b = torch.tensor([1.99, 1.97], dtype=torch.float64)
x = torch.linalg.solve(A, b)
kappa = torch.linalg.cond(A)
print(x, f"{kappa.item():.2f}")
db = torch.tensor([1e-4, -1e-4], dtype=torch.float64)
x2 = torch.linalg.solve(A, b + db)
rel_in = (db.norm() / b.norm()).item()
rel_out = ((x2 - x).norm() / x.norm()).item()
print(f"{rel_in:.3e} {rel_out:.3e} {rel_out / rel_in:.2f}")
print(rel_out / rel_in <= kappa.item())
print(torch.linalg.cond(A, p="fro"))
