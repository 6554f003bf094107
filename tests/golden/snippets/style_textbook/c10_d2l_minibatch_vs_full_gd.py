# Full-batch GD, SGD and minibatch SGD on the same linear regression, tracking the loss after each epoch.
import torch

torch.manual_seed(42)
n = 200
X = torch.randn(n, 3)
w_true = torch.tensor([1.5, -2.0, 0.7])
y = X @ w_true + 0.3 + 0.1 * torch.randn(n)

def loss(w, b):
    return ((X @ w + b - y) ** 2).mean() / 2

def train(batch_size, lr, epochs=3):
    w = torch.zeros(3, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    g = torch.Generator().manual_seed(0)
    history = []
    for epoch in range(epochs):
        perm = torch.randperm(n, generator=g)
        for i in range(0, n, batch_size):
            j = perm[i:i + batch_size]
            l = ((X[j] @ w + b - y[j]) ** 2).mean() / 2
            l.backward()
            with torch.no_grad():
                w -= lr * w.grad
                b -= lr * b.grad
                w.grad.zero_()
                b.grad.zero_()
        with torch.no_grad():
            history.append(round(loss(w, b).item(), 6))
    return history, w.detach()

for bs, lr in ((200, 1.0), (1, 0.01), (10, 0.1), (50, 0.4)):
    hist, w = train(bs, lr)
    print(f"batch {bs:3d} lr {lr}: {hist} w={w}")
