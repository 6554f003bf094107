# Model selection chapter: 5-fold cross-validation over the ridge penalty with index arithmetic.
import torch

torch.manual_seed(101)
n, d = 40, 6
X = torch.randn(n, d, dtype=torch.float64)
w_true = torch.tensor([1.0, 0.0, -1.0, 0.0, 0.5, 0.0], dtype=torch.float64)
y = X @ w_true + 0.5 * torch.randn(n, dtype=torch.float64)
folds = torch.randperm(n).chunk(5)
for lam in (0.01, 0.1, 1.0, 10.0, 100.0):
    errs = []
    for k in range(5):
        va = folds[k]
        tr = torch.cat([folds[j] for j in range(5) if j != k])
        A = X[tr].T @ X[tr] + lam * torch.eye(d, dtype=torch.float64)
        w = torch.linalg.solve(A, X[tr].T @ y[tr])
        errs.append(((X[va] @ w - y[va]) ** 2).mean())
    errs = torch.stack(errs)
    print(f"lambda={lam:7.2f} cv mse={errs.mean().item():.4f} +- {errs.std().item():.4f}")
print([len(f) for f in folds])
print(torch.cat(folds).sort().values.equal(torch.arange(n)))
