# regression three ways: normal equations, pinv, QR
import torch
torch.manual_seed(8)
X = torch.randn(20, 3, dtype=torch.float64)
w_true = torch.tensor([1.0, -0.5, 2.0], dtype=torch.float64)
y = X @ w_true + 0.1 * torch.randn(20, dtype=torch.float64)
w1 = torch.linalg.solve(X.T @ X, X.T @ y)
w2 = torch.linalg.pinv(X) @ y
Q, R = torch.linalg.qr(X)
w3 = torch.linalg.solve_triangular(R, (Q.T @ y).unsqueeze(1), upper=True).squeeze(1)
print(w1)
print((w1 - w2).abs().max().item() < 1e-12, (w1 - w3).abs().max().item() < 1e-12)
print(Q.shape, R.shape)
