# Logistic regression with the gradient written as X^T (sigmoid(Xw) - y) / m
import torch

torch.manual_seed(1673)
m = 16
X = torch.cat([torch.ones(m, 1), torch.randn(m, 2)], 1)
y = (X[:, 1] - 0.5 * X[:, 2] > 0).float()
w = torch.zeros(3)
w_auto = torch.zeros(3, requires_grad=True)
for it in range(5):
    a = torch.sigmoid(X @ w)
    cost = -(y * a.log() + (1 - y) * (1 - a).log()).mean()
    dw = X.T @ (a - y) / m
    w = w - 0.5 * dw
    loss = torch.nn.functional.binary_cross_entropy(torch.sigmoid(X @ w_auto), y)
    loss.backward()
    with torch.no_grad():
        w_auto -= 0.5 * w_auto.grad
        w_auto.grad.zero_()
    print(it, cost.item(), loss.item())
print(w, w_auto)
