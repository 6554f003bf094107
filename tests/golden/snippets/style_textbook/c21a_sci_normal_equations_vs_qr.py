# Three ways to solve least squares: normal equations, QR, pinv.
import torch

torch.manual_seed(4)
A = torch.randn(8, 3, dtype=torch.float64)
b = torch.randn(8, dtype=torch.float64)
x_ne = torch.linalg.solve(A.T @ A, A.T @ b)
Q, R = torch.linalg.qr(A)
x_qr = torch.linalg.solve_triangular(R, (Q.T @ b).unsqueeze(1), upper=True).squeeze(1)
x_pinv = torch.linalg.pinv(A) @ b
print(Q.shape, R.shape)
print(torch.allclose(x_ne, x_qr), torch.allclose(x_qr, x_pinv))
print(x_qr.round(decimals=6))
print("residual norm", round(torch.linalg.norm(A @ x_qr - b).item(), 6))
