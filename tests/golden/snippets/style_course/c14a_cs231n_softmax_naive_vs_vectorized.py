# cs231n softmax classifier: naive loops vs vectorised loss and gradient in float64, with L2 regularisation.
import torch

torch.manual_seed(7)
W = torch.randn(6, 4, dtype=torch.float64) * 0.0001
X = torch.randn(10, 6, dtype=torch.float64)
y = torch.randint(0, 4, (10,))
reg = 0.05
loss_naive, dW = 0.0, torch.zeros_like(W)
for i in range(X.shape[0]):
    scores = X[i] @ W
    scores -= scores.max()
    p = torch.exp(scores) / torch.exp(scores).sum()
    loss_naive += -torch.log(p[y[i]])
    for j in range(W.shape[1]):
        dW[:, j] += (p[j] - float(j == y[i])) * X[i]
loss_naive = loss_naive / X.shape[0] + reg * torch.sum(W * W)
dW = dW / X.shape[0] + 2 * reg * W
Wv = W.clone().requires_grad_()
scores = X @ Wv
scores = scores - scores.max(dim=1, keepdim=True).values
probs = scores.exp() / scores.exp().sum(dim=1, keepdim=True)
loss_vec = -probs[torch.arange(10), y].log().mean() + reg * (Wv * Wv).sum()
loss_vec.backward()
print('naive loss: %e' % loss_naive)
print('vectorized loss: %e' % loss_vec)
print('difference: %f' % (loss_naive - loss_vec).abs())
print('Gradient difference: %f' % torch.linalg.norm(dW - Wv.grad, ord='fro'))
print(loss_vec.item(), -torch.log(torch.tensor(0.25)).item())
