# cs231n softmax classifier: loss and gradient with loops and vectorized, float64, with regularization.
import torch

torch.manual_seed(231)
N, D, Cn = 6, 5, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 1, 0, 2])
W = torch.randn(D, Cn, dtype=torch.float64) * 0.001
reg = 0.05

def softmax_loss_naive(W, X, y, reg):
    loss = 0.0
    dW = torch.zeros_like(W)
    for i in range(X.shape[0]):
        scores = X[i] @ W
        scores = scores - scores.max()
        p = torch.exp(scores) / torch.exp(scores).sum()
        loss += -torch.log(p[y[i]])
        for j in range(W.shape[1]):
            dW[:, j] += (p[j] - float(j == y[i])) * X[i]
    loss = loss / X.shape[0] + reg * torch.sum(W * W)
    dW = dW / X.shape[0] + 2 * reg * W
    return loss, dW

def softmax_loss_vectorized(W, X, y, reg):
    scores = X @ W
    scores -= scores.max(dim=1, keepdim=True).values
    p = scores.exp() / scores.exp().sum(dim=1, keepdim=True)
    loss = -p[torch.arange(X.shape[0]), y].log().mean() + reg * (W * W).sum()
    p[torch.arange(X.shape[0]), y] -= 1
    dW = X.t() @ p / X.shape[0] + 2 * reg * W
    return loss, dW

l1, g1 = softmax_loss_naive(W, X, y, reg)
l2, g2 = softmax_loss_vectorized(W, X, y, reg)
print('loss naive %e vectorized %e' % (l1, l2))
print('loss ~ -log(0.1)?', l1.item(), -torch.log(torch.tensor(1 / Cn)).item())
print('difference: %f' % (l1 - l2).abs())
print('grad difference: %f' % torch.linalg.norm(g1 - g2, ord='fro'))
Wt = W.clone().requires_grad_()
l3, _ = softmax_loss_vectorized(Wt, X, y, reg)
print(l3.grad_fn)
