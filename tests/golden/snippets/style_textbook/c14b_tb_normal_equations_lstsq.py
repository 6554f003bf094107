# Regression chapter: closed-form least squares three ways in float64 (normal equations, solve, lstsq).
import numpy as np
import torch

rng = np.random.default_rng(3)
X = torch.from_numpy(rng.normal(size=(30, 3)))
true_w = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64)
y = X @ true_w + torch.from_numpy(rng.normal(scale=0.05, size=30))
Xb = torch.cat([X, torch.ones(30, 1, dtype=torch.float64)], dim=1)
w_inv = torch.inverse(Xb.T @ Xb) @ Xb.T @ y
w_solve = torch.linalg.solve(Xb.T @ Xb, Xb.T @ y)
w_lstsq = torch.linalg.lstsq(Xb, y.unsqueeze(1)).solution.squeeze(1)
print(Xb.dtype, w_solve)
print(torch.allclose(w_inv, w_solve), torch.allclose(w_solve, w_lstsq))
resid = y - Xb @ w_solve
print(resid.pow(2).sum().item())
print((Xb.T @ resid).abs().max() < 1e-10)
