# Permutation feature importance for a fitted linear model
import torch

torch.manual_seed(31)
X = torch.randn(200, 4)
y = 4 * X[:, 0] + 1 * X[:, 2] + 0.1 * torch.randn(200)
w = torch.linalg.lstsq(X, y.unsqueeze(1)).solution
base = ((X @ w).squeeze(1) - y).pow(2).mean()
print("weights:", w.squeeze(1).round(decimals=3))
for j in range(4):
    Xp = X.clone()
    Xp[:, j] = Xp[torch.randperm(200), j]
    mse = ((Xp @ w).squeeze(1) - y).pow(2).mean()
    print(f"feature {j}: importance {(mse - base).item():.3f}")
