# Weight decay from scratch: high-dimensional linear regression with few examples and an L2 penalty.
import torch

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

torch.manual_seed(0)
n_train, n_test, num_inputs = 20, 100, 200
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05
def synthetic(n):
    X = torch.randn(n, num_inputs)
    return X, X @ true_w + true_b + torch.randn(n, 1) * 0.01
X_train, y_train = synthetic(n_train)
X_test, y_test = synthetic(n_test)

def train(lambd):
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    lr = 0.003
    for epoch in range(100):
        for i in range(0, n_train, 5):
            X, y = X_train[i:i + 5], y_train[i:i + 5]
            l = ((X @ w + b - y) ** 2 / 2).sum() + lambd * l2_penalty(w)
            l.backward()
            with torch.no_grad():
                w -= lr * w.grad / 5
                b -= lr * b.grad / 5
                w.grad.zero_()
                b.grad.zero_()
    with torch.no_grad():
        train_l = ((X_train @ w + b - y_train) ** 2 / 2).mean().item()
        test_l = ((X_test @ w + b - y_test) ** 2 / 2).mean().item()
    print(f"lambda={lambd}: L2 norm of w {torch.norm(w).item():.4f}, train {train_l:.4f}, test {test_l:.4f}")

train(lambd=0)
train(lambd=3)
