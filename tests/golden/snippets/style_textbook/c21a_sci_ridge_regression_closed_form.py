# Ridge regression (X^T X + lam I)^{-1} X^T y shrinks the coefficients as lam grows.
import torch

torch.manual_seed(14)
X = torch.randn(20, 4, dtype=torch.float64)
y = X @ torch.tensor([3.0, -2.0, 0.0, 1.0], dtype=torch.float64) + 0.3 * torch.randn(20, dtype=torch.float64)
I = torch.eye(4, dtype=torch.float64)
for lam in [0.0, 1.0, 10.0, 100.0]:
    w = torch.linalg.solve(X.T @ X + lam * I, X.T @ y)
    print(f"{lam:6.1f}", w.round(decimals=3).tolist(), round(w.norm().item(), 3))
