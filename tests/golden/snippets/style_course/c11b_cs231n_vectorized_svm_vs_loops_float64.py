# cs231n: structured SVM loss with loops vs vectorized, gradient by hand vs autograd, float64 at full precision.
import torch

torch.manual_seed(0)
N, D, C = 5, 4, 3
X = torch.randn(N, D, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 2, 0])
W = torch.randn(D, C, dtype=torch.float64) * 0.01
reg = 0.1

def svm_loss_naive(W, X, y, reg):
    dW = torch.zeros_like(W)
    loss = 0.0
    for i in range(N):
        scores = X[i] @ W
        correct = scores[y[i]]
        for j in range(C):
            if j == y[i]:
                continue
            margin = scores[j] - correct + 1
            if margin > 0:
                loss += margin.item()
                dW[:, j] += X[i]
                dW[:, y[i]] -= X[i]
    loss = loss / N + reg * (W * W).sum().item()
    return loss, dW / N + 2 * reg * W

l1, g1 = svm_loss_naive(W, X, y, reg)
Wt = W.clone().requires_grad_()
scores = X @ Wt
margins = (scores - scores[torch.arange(N), y].unsqueeze(1) + 1).clamp(min=0)
margins = margins.masked_fill(torch.nn.functional.one_hot(y, C).bool(), 0)
loss = margins.sum() / N + reg * (Wt * Wt).sum()
loss.backward()
print(l1, loss.item(), abs(l1 - loss.item()) < 1e-12)
print(torch.allclose(g1, Wt.grad), (g1 - Wt.grad).abs().max().item() < 1e-12)
print(margins)
print(Wt.grad)
