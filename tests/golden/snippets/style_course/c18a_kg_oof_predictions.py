# Out-of-fold predictions stored in one tensor across folds
import torch

torch.manual_seed(15)
n = 20
X = torch.randn(n, 2)
y = X[:, 0] * 3 + 1
oof = torch.zeros(n)
folds = torch.arange(n) % 4
for k in range(4):
    tr, va = folds != k, folds == k
    A = torch.cat([X[tr], torch.ones(int(tr.sum()), 1)], dim=1)
    coef = torch.linalg.lstsq(A, y[tr].unsqueeze(1)).solution
    oof[va] = (torch.cat([X[va], torch.ones(int(va.sum()), 1)], dim=1) @ coef).squeeze(1)
print(oof.round(decimals=4))
print(f"OOF RMSE {torch.sqrt(((oof - y) ** 2).mean()).item():.6f}")
