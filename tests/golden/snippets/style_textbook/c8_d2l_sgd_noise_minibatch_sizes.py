# Minibatch SGD: the same problem with batch sizes 1, 10 and 100, losses per epoch, and gradient noise.
import torch

torch.manual_seed(0)
X = torch.randn(100, 3)
w_true = torch.tensor([1.0, -1.0, 2.0])
y = X @ w_true + 0.1 * torch.randn(100)
for batch_size in (1, 10, 100):
    torch.manual_seed(1)
    w = torch.zeros(3, requires_grad=True)
    for epoch in range(2):
        perm = torch.randperm(100)
        for i in range(0, 100, batch_size):
            idx = perm[i:i + batch_size]
            l = ((X[idx] @ w - y[idx]) ** 2).mean() / 2
            l.backward()
            with torch.no_grad():
                w -= 0.05 * w.grad
                w.grad.zero_()
        with torch.no_grad():
            full = ((X @ w - y) ** 2).mean() / 2
        print(f"batch {batch_size:3d} epoch {epoch + 1} loss {full.item():.5f}")
grads = []
w = torch.zeros(3, requires_grad=True)
for i in range(5):
    l = ((X[i:i + 1] @ w - y[i:i + 1]) ** 2).mean()
    (g,) = torch.autograd.grad(l, w)
    grads.append(g)
G = torch.stack(grads)
print(G.mean(0), G.std(0))
