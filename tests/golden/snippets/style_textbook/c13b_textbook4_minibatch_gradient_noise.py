# Stochastic optimisation chapter: the variance of a minibatch gradient shrinks like 1/batch size.
import torch

torch.manual_seed(117)
N = 512
X = torch.randn(N, 3)
y = X @ torch.tensor([1.0, -2.0, 0.5]) + 0.5 * torch.randn(N)
w = torch.zeros(3, requires_grad=True)
full = torch.autograd.grad(((X @ w - y) ** 2).mean(), w)[0]
print(full)
for B in (1, 4, 16, 64, 256):
    grads = []
    for _ in range(200):
        idx = torch.randint(0, N, (B,))
        g, = torch.autograd.grad(((X[idx] @ w - y[idx]) ** 2).mean(), w)
        grads.append(g)
    G = torch.stack(grads)
    var = G.var(0).sum()
    print(B, round(var.item(), 5), round((var * B).item(), 4), (G.mean(0) - full).norm().item() < 1.0)
