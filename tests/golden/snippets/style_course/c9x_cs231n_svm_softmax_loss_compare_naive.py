# cs231n: naive loops vs vectorized SVM loss with regularisation, comparing losses and timing-free checks.
import torch

torch.manual_seed(0)
W = torch.randn(10, 3, dtype=torch.float64) * 0.01
X = torch.randn(6, 10, dtype=torch.float64)
y = torch.tensor([0, 2, 1, 1, 0, 2])
reg = 0.005

def svm_loss_naive(W, X, y, reg):
    dW = torch.zeros_like(W)
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
                dW[:, j] += X[i]
                dW[:, y[i]] -= X[i]
    loss /= X.shape[0]
    dW /= X.shape[0]
    loss += reg * torch.sum(W * W)
    dW += 2 * reg * W
    return loss, dW

loss_n, grad_n = svm_loss_naive(W, X, y, reg)
print(type(loss_n).__name__, f"{loss_n.item():.10f}")
Wt = W.clone().requires_grad_()
scores = X @ Wt
margins = (scores - scores[torch.arange(6), y].unsqueeze(1) + 1).clamp(min=0)
margins = margins.scatter(1, y.unsqueeze(1), 0.0)
loss_v = margins.sum() / 6 + reg * (Wt * Wt).sum()
loss_v.backward()
print(f"{loss_v.item():.10f}", abs(loss_n - loss_v).item() < 1e-12)
print("grad difference", torch.linalg.norm(grad_n - Wt.grad, ord="fro").item() < 1e-12)
print(margins)
