# Backprop by hand through linear-relu-linear-MSE, compared with autograd
import torch

torch.manual_seed(1650)
x = torch.randn(6, 3)
y = torch.randn(6, 1)
w1 = torch.randn(3, 4, requires_grad=True)
w2 = torch.randn(4, 1, requires_grad=True)
h_pre = x @ w1
h = h_pre.clamp(min=0)
y_pred = h @ w2
loss = (y_pred - y).pow(2).sum()
loss.backward()

grad_y_pred = 2.0 * (y_pred - y)
grad_w2 = h.t() @ grad_y_pred
grad_h = grad_y_pred @ w2.t()
grad_h[h_pre < 0] = 0
grad_w1 = x.t() @ grad_h
print(loss.item())
print(torch.allclose(grad_w1, w1.grad), torch.allclose(grad_w2, w2.grad))
print((grad_w1 - w1.grad).abs().max().item(), (grad_w2 - w2.grad).abs().max().item())
print(w2.grad)
