# Numerical linear algebra: condition numbers and how they amplify a perturbation of the right-hand side.
import torch

for n in (3, 5, 7):
    i = torch.arange(1, n + 1, dtype=torch.float64)
    Hilb = 1.0 / (i[:, None] + i[None, :] - 1)
    x_true = torch.ones(n, dtype=torch.float64)
    b = Hilb @ x_true
    x = torch.linalg.solve(Hilb, b)
    print(n, f"cond={torch.linalg.cond(Hilb).item():.4e}", f"err={(x - x_true).abs().max().item():.3e}")
A = torch.tensor([[1.0, 1.0], [1.0, 1.0001]], dtype=torch.float64)
b = torch.tensor([2.0, 2.0001], dtype=torch.float64)
print(torch.linalg.solve(A, b))
print(torch.linalg.solve(A, b + torch.tensor([0.0, 0.0001], dtype=torch.float64)))
print(torch.linalg.cond(A))
print(torch.linalg.cond(A, p="fro"), torch.linalg.cond(A, p=1))
s = torch.linalg.svdvals(A)
print(s, s[0] / s[-1])
print(torch.linalg.matrix_rank(A), torch.linalg.matrix_rank(A, tol=1e-3))
print(torch.linalg.norm(A, ord=2), torch.linalg.norm(A, ord="nuc"))
