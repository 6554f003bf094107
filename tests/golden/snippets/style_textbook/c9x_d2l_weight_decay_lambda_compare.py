# Weight decay from scratch: high-dimensional linear regression trained with lambda 0 and 3.
import torch

torch.manual_seed(3)
n_train, n_test, num_inputs = 20, 100, 200
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05

def make(n):
    X = torch.normal(0, 1, (n, num_inputs))
    y = torch.matmul(X, true_w) + true_b + torch.normal(0, 0.01, (n, 1))
    return X, y

train = make(n_train)
test = make(n_test)

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

def train_with(lambd):
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    for epoch in range(50):
        for i in range(0, n_train, 5):
            X, y = train[0][i:i + 5], train[1][i:i + 5]
            l = (X @ w + b - y) ** 2 / 2 + lambd * l2_penalty(w)
            l.sum().backward()
            with torch.no_grad():
                for p in (w, b):
                    p -= 0.003 * p.grad / 5
                    p.grad.zero_()
    with torch.no_grad():
        tr = ((train[0] @ w + b - train[1]) ** 2 / 2).mean()
        te = ((test[0] @ w + b - test[1]) ** 2 / 2).mean()
    print(f"lambda={lambd}: L2 norm of w: {torch.norm(w).item():.4f}, train {tr:.4f}, test {te:.4f}")

train_with(0)
train_with(3)
