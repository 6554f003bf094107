# cs231n softmax_loss_naive: explicit loops with the max-shift for stability and reg, vs the vectorized version.
import torch

def softmax_loss_naive(W, X, y, reg):
    loss = 0.0
    dW = torch.zeros_like(W)
    num_train = X.shape[0]
    for i in range(num_train):
        scores = X[i] @ W
        scores = scores - scores.max()
        probs = scores.exp() / scores.exp().sum()
        loss += -torch.log(probs[y[i]])
        for j in range(W.shape[1]):
            dW[:, j] += (probs[j] - (j == y[i])) * X[i]
    loss = loss / num_train + reg * (W * W).sum()
    dW = dW / num_train + 2 * reg * W
    return loss, dW

def softmax_loss_vectorized(W, X, y, reg):
    scores = X @ W
    scores = scores - scores.max(1, keepdim=True).values
    probs = scores.exp() / scores.exp().sum(1, keepdim=True)
    loss = -probs[torch.arange(X.shape[0]), y].log().mean() + reg * (W * W).sum()
    dscores = probs.clone()
    dscores[torch.arange(X.shape[0]), y] -= 1
    dW = X.T @ dscores / X.shape[0] + 2 * reg * W
    return loss, dW

torch.manual_seed(231)
W = torch.randn(6, 4, dtype=torch.float64) * 0.001
X = torch.randn(10, 6, dtype=torch.float64)
y = torch.randint(0, 4, (10,))
ln, gn = softmax_loss_naive(W, X, y, 0.5)
lv, gv = softmax_loss_vectorized(W, X, y, 0.5)
print("naive loss: %e" % ln, "vectorized loss: %e" % lv)
print("Loss difference: %f" % abs(ln - lv))
print("Gradient difference: %f" % torch.linalg.norm(gn - gv, ord="fro"))
print("sanity check: %f" % (-torch.log(torch.tensor(0.25))))
