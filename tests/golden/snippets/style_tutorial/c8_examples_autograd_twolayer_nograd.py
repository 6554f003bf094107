# Learning PyTorch with Examples: the same two-layer net with autograd and manual no_grad updates.
import torch

torch.manual_seed(1)
N, D_in, H, D_out = 8, 12, 6, 2
x = torch.randn(N, D_in)
y = torch.randn(N, D_out)
w1 = torch.randn(D_in, H, requires_grad=True)
w2 = torch.randn(H, D_out, requires_grad=True)
learning_rate = 1e-3
for t in range(50):
    y_pred = x.mm(w1).clamp(min=0).mm(w2)
    loss = (y_pred - y).pow(2).sum()
    if t % 10 == 0:
        print(t, loss.item())
    loss.backward()
    with torch.no_grad():
        w1 -= learning_rate * w1.grad
        w2 -= learning_rate * w2.grad
        w1.grad.zero_()
        w2.grad.zero_()
print(loss)
print(w1.grad.abs().sum(), w2.requires_grad, w2.is_leaf)
