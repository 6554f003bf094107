# Weight decay experiment from a textbook chapter, rewritten: 120 features but only 20 samples,
# an explicit L2 term in the objective, and the learned weight norm for two penalty strengths.
import torch
from torch import nn

torch.manual_seed(14)
n, dim = 20, 120
w_star = torch.full((dim, 1), 0.01)
b_star = 0.05
X = torch.normal(0, 1, (n, dim))
y = X @ w_star + b_star + torch.normal(0, 0.01, (n, 1))
X_val = torch.normal(0, 1, (50, dim))
y_val = X_val @ w_star + b_star
def fit(penalty):
    torch.manual_seed(0)
    w = torch.randn(dim, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for _ in range(50):
        for s in range(0, n, 5):
            resid = X[s:s + 5] @ w + b - y[s:s + 5]
            objective = (resid ** 2 / 2).sum() + penalty * 5 * (w ** 2).sum() / 2
            objective.backward()
            with torch.no_grad():
                w -= 0.003 * w.grad / 5
                b -= 0.003 * b.grad / 5
                w.grad = None
                b.grad = None
    val = ((X_val @ w + b - y_val) ** 2 / 2).mean()
    print('penalty', penalty, '|w| =', w.norm().item(), 'val loss', val.item())
for lam in (0, 3):
    fit(lam)
print(nn.MSELoss()(X @ w_star + b_star, y).item())
