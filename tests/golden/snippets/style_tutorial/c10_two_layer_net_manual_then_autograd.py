# Learning PyTorch with Examples: the same two-layer net with manual gradients and with autograd.
import torch

torch.manual_seed(0)
N, D_in, H, D_out = 16, 10, 20, 2
x = torch.randn(N, D_in)
y = torch.randn(N, D_out)
w1 = torch.randn(D_in, H) * 0.1
w2 = torch.randn(H, D_out) * 0.1
w1a = w1.clone().requires_grad_(True)
w2a = w2.clone().requires_grad_(True)
lr = 1e-2
for t in range(5):
    h = x.mm(w1)
    h_relu = h.clamp(min=0)
    y_pred = h_relu.mm(w2)
    loss = (y_pred - y).pow(2).sum()
    grad_y_pred = 2.0 * (y_pred - y)
    grad_w2 = h_relu.t().mm(grad_y_pred)
    grad_h = grad_y_pred.mm(w2.t())
    grad_h[h < 0] = 0
    grad_w1 = x.t().mm(grad_h)
    w1 -= lr * grad_w1
    w2 -= lr * grad_w2

    loss_a = (x.mm(w1a).clamp(min=0).mm(w2a) - y).pow(2).sum()
    loss_a.backward()
    with torch.no_grad():
        w1a -= lr * w1a.grad
        w2a -= lr * w2a.grad
        w1a.grad.zero_()
        w2a.grad.zero_()
    print(t, loss.item(), loss_a.item())
print((w1 - w1a).abs().max().item(), (w2 - w2a).abs().max().item())
print(torch.allclose(w1, w1a), torch.allclose(w2, w2a))
