# MAML-style inner loop: adapted weights keep the graph for the meta-gradient
import torch
import torch.nn.functional as F
torch.manual_seed(2)
w = torch.randn(1, 1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
x_s, x_q = torch.randn(5, 1), torch.randn(5, 1)
y_s, y_q = 3 * x_s, 3 * x_q
inner_lr = 0.1
loss_s = F.mse_loss(F.linear(x_s, w, b), y_s)
gw, gb = torch.autograd.grad(loss_s, (w, b), create_graph=True)
w_fast, b_fast = w - inner_lr * gw, b - inner_lr * gb
loss_q = F.mse_loss(F.linear(x_q, w_fast, b_fast), y_q)
loss_q.backward()
print(loss_s.item(), loss_q.item())
print(w.grad, b.grad)
print(w_fast.grad_fn)
