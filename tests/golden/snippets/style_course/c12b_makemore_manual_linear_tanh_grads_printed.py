# backprop ninja: a linear + tanh + mse layer differentiated by hand, gradients printed next to autograd's.
import torch

torch.manual_seed(0)
x = torch.randn(4, 3)
W = torch.randn(3, 2, requires_grad=True)
b = torch.randn(2, requires_grad=True)
y = torch.randn(4, 2)
hpre = x @ W + b
h = torch.tanh(hpre)
loss = ((h - y) ** 2).mean()
loss.backward()
print(loss)
dh = 2 * (h - y) / h.numel()
dhpre = (1 - h ** 2) * dh
dW = x.T @ dhpre
db = dhpre.sum(0)
print(dW)
print(W.grad)
print(db)
print(b.grad)
print((dW - W.grad).abs().max(), (db - b.grad).abs().max())
