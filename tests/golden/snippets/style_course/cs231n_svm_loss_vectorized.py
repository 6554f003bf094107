# CS231n assignment 1: the multiclass SVM loss, naive loops against a vectorised version with clamp.
import torch

torch.manual_seed(0)
N, D, C = 5, 4, 3
X = torch.randn(N, D)
y = torch.tensor([0, 2, 1, 1, 0])
W = torch.randn(D, C) * 0.01
reg = 0.1

def svm_loss_naive(W, X, y, reg):
    loss = 0.0
    for i in range(X.shape[0]):
        scores = X[i] @ W
        correct = scores[y[i]]
        for j in range(W.shape[1]):
            if j == y[i]:
                continue
            margin = scores[j] - correct + 1
            if margin > 0:
                loss += margin
    return loss / X.shape[0] + reg * torch.sum(W * W)

def svm_loss_vectorized(W, X, y, reg):
    scores = X.mm(W)
    correct = scores[torch.arange(N), y].view(-1, 1)
    margins = (scores - correct + 1).clamp(min=0)
    margins[torch.arange(N), y] = 0
    return margins.sum() / N + reg * (W * W).sum()

l1 = svm_loss_naive(W, X, y, reg)
l2 = svm_loss_vectorized(W, X, y, reg)
print('naive loss: %e' % l1)
print('vectorized loss: %e' % l2)
print('difference: %f' % (l1 - l2).abs())
Wg = W.clone().requires_grad_()
svm_loss_vectorized(Wg, X, y, reg).backward()
print(Wg.grad)
