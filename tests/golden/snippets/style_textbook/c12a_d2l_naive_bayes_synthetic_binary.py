# Naive Bayes on synthetic binary "pixels": class priors, Laplace-smoothed likelihoods, log-space prediction.
import torch

g = torch.Generator().manual_seed(2)
n_classes, n_feat = 3, 6
proto = torch.rand(n_classes, n_feat, generator=g)
y = torch.randint(0, n_classes, (60,), generator=g)
X = (torch.rand(60, n_feat, generator=g) < proto[y]).float()
n_y = torch.bincount(y, minlength=n_classes).float()
P_y = n_y / n_y.sum()
n_x = torch.zeros(n_classes, n_feat)
for c in range(n_classes):
    n_x[c] = X[y == c].sum(0)
P_xy = (n_x + 1) / (n_y + 2).reshape(n_classes, 1)
print(P_y)
print(P_xy)

def bayes_pred_stable(x):
    log_P_xy = torch.log(P_xy)
    log_P_xy_neg = torch.log(1 - P_xy)
    log_P_y = torch.log(P_y)
    p = log_P_xy * x + log_P_xy_neg * (1 - x)
    return p.sum(1) + log_P_y

print(bayes_pred_stable(X[0]), y[0])
preds = torch.stack([bayes_pred_stable(x) for x in X]).argmax(1)
print(preds[:10], (preds == y).float().mean())
naive = (P_xy * X[0] + (1 - P_xy) * (1 - X[0])).prod(1) * P_y
print(naive, naive / naive.sum())
print(torch.softmax(bayes_pred_stable(X[0]), 0))
