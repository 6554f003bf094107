# Least squares chapter: polynomial fit via normal equations, QR, lstsq and pinv in float64.
import torch

torch.manual_seed(9)
t = torch.linspace(0, 1, 12, dtype=torch.float64)
y = 1 - 2 * t + 3 * t ** 2 + 0.01 * torch.randn(12, dtype=torch.float64)
A = torch.stack([t ** k for k in range(3)], dim=1)
w_normal = torch.linalg.solve(A.T @ A, A.T @ y)
Q, R = torch.linalg.qr(A)
w_qr = torch.linalg.solve_triangular(R, (Q.T @ y).unsqueeze(1), upper=True).squeeze(1)
w_lstsq = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
w_pinv = torch.linalg.pinv(A) @ y
for name, w in [("normal", w_normal), ("qr", w_qr), ("lstsq", w_lstsq), ("pinv", w_pinv)]:
    print(f"{name:7s}", w, ((A @ w - y) ** 2).sum().item())
print(Q.shape, R.shape)
print(torch.allclose(Q.T @ Q, torch.eye(3, dtype=torch.float64)))
print(R.diagonal().abs())
V = torch.vander(t, N=3, increasing=True)
print(torch.equal(V, A))
