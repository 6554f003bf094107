# cs231n linear softmax classifier trained with minibatch SGD and L2 regularization; loss history printed.
import torch

torch.manual_seed(0)
N, D, C = 300, 10, 3
W_true = torch.randn(D, C)
X = torch.randn(N, D)
y = (X @ W_true).argmax(1)
W = 0.001 * torch.randn(D, C)
W.requires_grad_()
reg, lr, bs = 1e-3, 0.5, 50
loss_history = []
for it in range(60):
    idx = torch.randint(0, N, (bs,))
    scores = X[idx] @ W
    loss = torch.nn.functional.cross_entropy(scores, y[idx]) + reg * (W * W).sum()
    loss_history.append(loss.item())
    loss.backward()
    with torch.no_grad():
        W -= lr * W.grad
        W.grad.zero_()
    if it % 10 == 0:
        print('iteration %d / %d: loss %f' % (it, 60, loss.item()))
with torch.no_grad():
    acc = ((X @ W).argmax(1) == y).float().mean()
print('training accuracy: %f' % acc)
print(len(loss_history), min(loss_history) < loss_history[0])
print('sanity check: %f' % -torch.log(torch.tensor(1 / 3)))
