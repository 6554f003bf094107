# Gauss-Newton for the Michaelis-Menten rate law v = Vmax s / (Km + s).
import torch
from torch.autograd.functional import jacobian

s = torch.tensor([0.5, 1.0, 2.0, 4.0, 8.0, 16.0], dtype=torch.float64)
v = torch.tensor([0.32, 0.53, 0.78, 1.02, 1.15, 1.22], dtype=torch.float64)
theta = torch.tensor([1.0, 1.0], dtype=torch.float64)
resid = lambda th: th[0] * s / (th[1] + s) - v
for it in range(6):
    J = jacobian(resid, theta)
    r = resid(theta)
    theta = theta - torch.linalg.solve(J.T @ J, J.T @ r)
    print(it, [round(t, 5) for t in theta.tolist()], f"{(r ** 2).sum().item():.6f}")
