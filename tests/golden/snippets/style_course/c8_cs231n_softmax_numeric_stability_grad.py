# Softmax classifier gradient by hand in float64 (naive loops vs vectorized), with the relative error check.
import torch

def rel_error(x, y):
    return torch.max(torch.abs(x - y) / torch.clamp(torch.abs(x) + torch.abs(y), min=1e-8)).item()

torch.manual_seed(1)
N, D, C = 6, 4, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.randint(0, C, (N,))
W = torch.randn(D, C, dtype=torch.float64) * 0.01
reg = 0.1

def softmax_loss_naive(W):
    loss = 0.0
    dW = torch.zeros_like(W)
    for i in range(N):
        scores = X[i] @ W
        scores = scores - scores.max()
        p = scores.exp() / scores.exp().sum()
        loss += -torch.log(p[y[i]]).item()
        for j in range(C):
            dW[:, j] += (p[j] - float(j == y[i])) * X[i]
    return loss / N + reg * (W * W).sum().item(), dW / N + 2 * reg * W

def softmax_loss_vectorized(W):
    s = X @ W
    s = s - s.max(1, keepdim=True).values
    p = s.exp() / s.exp().sum(1, keepdim=True)
    loss = -p[torch.arange(N), y].log().mean() + reg * (W * W).sum()
    dS = p.clone()
    dS[torch.arange(N), y] -= 1
    return loss.item(), X.T @ dS / N + 2 * reg * W

l1, g1 = softmax_loss_naive(W)
l2, g2 = softmax_loss_vectorized(W)
print('naive loss: %e' % l1)
print('vectorized loss: %e' % l2)
print('Loss difference small:', abs(l1 - l2) < 1e-12)
print('Gradient relative error small:', rel_error(g1, g2) < 1e-9)
print(-torch.log(torch.tensor(0.1)).item())
