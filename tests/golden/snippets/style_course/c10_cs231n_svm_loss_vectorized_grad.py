# cs231n assignment 1: structured SVM loss, naive loops vs vectorised, gradient compared with autograd.
import torch

torch.manual_seed(0)
N, D, C = 8, 5, 4
X = torch.randn(N, D, dtype=torch.float64)
y = torch.randint(0, C, (N,))
W = torch.randn(D, C, dtype=torch.float64) * 0.01
reg = 0.05

def svm_loss_naive(W):
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
                loss += margin
                dW[:, j] += X[i]
                dW[:, y[i]] -= X[i]
    loss = loss / N + reg * (W * W).sum()
    return loss, dW / N + 2 * reg * W

def svm_loss_vectorized(W):
    scores = X @ W
    correct = scores[torch.arange(N), y].unsqueeze(1)
    margins = (scores - correct + 1).clamp(min=0)
    margins[torch.arange(N), y] = 0
    return margins.sum() / N + reg * (W * W).sum()

loss_naive, grad_naive = svm_loss_naive(W)
Wt = W.clone().requires_grad_()
loss_vec = svm_loss_vectorized(Wt)
loss_vec.backward()
print(f"naive loss: {loss_naive.item():e}, vectorized loss: {loss_vec.item():e}")
print("difference:", abs(loss_naive.item() - loss_vec.item()) < 1e-12)
print("gradient difference:", (grad_naive - Wt.grad).norm(p="fro").item() < 1e-12)
print(Wt.grad[0])
