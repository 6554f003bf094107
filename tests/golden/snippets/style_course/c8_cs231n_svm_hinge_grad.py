# Multiclass SVM loss (hinge) with a naive loop and vectorized, gradients compared via autograd.
import torch

torch.manual_seed(0)
num_train, dim, num_classes = 8, 5, 4
X = torch.randn(num_train, dim, dtype=torch.float64)
y = torch.randint(0, num_classes, (num_train,))
W = (torch.randn(dim, num_classes, dtype=torch.float64) * 0.001).requires_grad_()
reg = 0.000005

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
                loss = loss + margin
    return loss / X.shape[0] + reg * torch.sum(W * W)

def svm_loss_vectorized(W, X, y, reg):
    scores = X @ W
    correct = scores[torch.arange(X.shape[0]), y].unsqueeze(1)
    margins = torch.clamp(scores - correct + 1, min=0)
    margins[torch.arange(X.shape[0]), y] = 0
    return margins.sum() / X.shape[0] + reg * torch.sum(W * W)

l1 = svm_loss_naive(W, X, y, reg)
g1, = torch.autograd.grad(l1, W)
l2 = svm_loss_vectorized(W, X, y, reg)
g2, = torch.autograd.grad(l2, W)
print('loss: %f' % l1.item(), l1.grad_fn.name())
print('difference: %f' % (l1 - l2).item())
print('grad difference:', torch.linalg.norm(g1 - g2, ord='fro').item())
print(g2)
