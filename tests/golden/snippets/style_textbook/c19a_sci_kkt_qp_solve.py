# equality-constrained quadratic program via the KKT system with torch.block_diag and cat
import torch
Q = torch.tensor([[2.0, 0.5], [0.5, 1.0]])
c = torch.tensor([-1.0, -1.0])
A = torch.tensor([[1.0, 1.0]])
b = torch.tensor([1.0])
KKT = torch.cat([torch.cat([Q, A.T], 1), torch.cat([A, torch.zeros(1, 1)], 1)], 0)
sol = torch.linalg.solve(KKT, torch.cat([-c, b]))
x, lam = sol[:2], sol[2:]
print(KKT)
print(x, lam)
print((A @ x - b).abs().item())
