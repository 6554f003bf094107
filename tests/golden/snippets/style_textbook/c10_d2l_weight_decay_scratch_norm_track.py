# Weight decay from scratch on high-dimensional linear regression: lambda 0 vs 3, L2 norm of w and test loss.
import torch

torch.manual_seed(7)
n_train, n_test, num_inputs = 20, 100, 200
true_w, true_b = torch.ones((num_inputs, 1)) * 0.01, 0.05

def synthetic(n):
    X = torch.normal(0, 1, (n, num_inputs))
    y = X @ true_w + true_b + torch.normal(0, 0.01, (n, 1))
    return X, y

train = synthetic(n_train)
test = synthetic(n_test)

def l2_penalty(w):
    return torch.sum(w.pow(2)) / 2

def train_run(lambd):
    torch.manual_seed(0)
    w = torch.normal(0, 1, size=(num_inputs, 1), requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    X, y = train
    for epoch in range(50):
        for i in range(0, n_train, 5):
            l = ((X[i:i + 5] @ w + b - y[i:i + 5]) ** 2 / 2).mean() + lambd * l2_penalty(w)
            l.backward()
            with torch.no_grad():
                w -= 0.003 * w.grad
                b -= 0.003 * b.grad
                w.grad.zero_()
                b.grad.zero_()
    with torch.no_grad():
        tl = ((test[0] @ w + b - test[1]) ** 2 / 2).mean()
        trl = ((X @ w + b - y) ** 2 / 2).mean()
    print(f"lambda {lambd}: L2 norm of w {torch.norm(w).item():.6f} train {trl.item():.6f} test {tl.item():.6f}")

train_run(0)
train_run(3)
