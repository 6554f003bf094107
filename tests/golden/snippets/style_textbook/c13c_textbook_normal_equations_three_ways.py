import torch

torch.manual_seed(7)
t = torch.linspace(0, 2, 15, dtype=torch.float64)
obs = 1.0 + 0.5 * t - 0.8 * t ** 2 + 0.05 * torch.randn(15, dtype=torch.float64)
V = torch.stack([torch.ones_like(t), t, t ** 2], dim=1)
print("design matrix shape:", V.shape)

coef_normal = torch.linalg.solve(V.T @ V, V.T @ obs)
coef_lstsq = torch.linalg.lstsq(V, obs.unsqueeze(1)).solution.squeeze(1)
coef_pinv = torch.linalg.pinv(V) @ obs
torch.set_printoptions(precision=6)
print("normal equations:", coef_normal)
print("lstsq:", coef_lstsq)
print("pinv:", coef_pinv)
print("agree:", torch.allclose(coef_normal, coef_lstsq), torch.allclose(coef_lstsq, coef_pinv))
res = obs - V @ coef_lstsq
print("residual norm^2: %.6f" % (res @ res).item())
print("orthogonal to columns:", (V.T @ res).abs().max().item() < 1e-10)
print("cond(V^T V) > cond(V):", torch.linalg.cond(V.T @ V).item() > torch.linalg.cond(V).item())
