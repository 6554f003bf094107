# Naive Bayes on binary features with Laplace smoothing, predictions with log probabilities.
import torch

torch.manual_seed(0)
n, d, classes = 300, 6, 3
y = torch.randint(0, classes, (n,))
theta_true = torch.rand(classes, d)
X = (torch.rand(n, d) < theta_true[y]).float()
n_y = torch.zeros(classes)
for c in range(classes):
    n_y[c] = (y == c).sum()
P_y = n_y / n_y.sum()
n_x = torch.zeros((classes, d))
for c in range(classes):
    n_x[c] = X[y == c].sum(0)
P_xy = (n_x + 1) / (n_y + 2).reshape(classes, 1)
print(P_y)
print(P_xy)

def bayes_pred_stable(x):
    log_P_xy = torch.log(P_xy)
    log_P_xy_neg = torch.log(1 - P_xy)
    log_P_y = torch.log(P_y)
    p_xy = log_P_xy * x + log_P_xy_neg * (1 - x)
    return p_xy.sum(axis=1) + log_P_y

print(bayes_pred_stable(X[0]), y[0])
preds = torch.stack([bayes_pred_stable(x).argmax() for x in X])
print("accuracy", (preds == y).float().mean())
print((theta_true - P_xy).abs().max() < 0.2)
