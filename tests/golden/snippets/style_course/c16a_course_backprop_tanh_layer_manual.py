# Backprop by hand through h = tanh(x @ W + b): dh * (1 - h**2), compared with autograd
import torch

g = torch.Generator().manual_seed(2147483647)
x = torch.randn(5, 3, generator=g)
W = torch.randn(3, 4, generator=g, requires_grad=True)
b = torch.randn(4, generator=g, requires_grad=True)
z = x @ W + b
h = z.tanh()
h.retain_grad()
loss = (h ** 2).sum() / 5
loss.backward()
dh = 2 * h / 5
dz = dh * (1 - h.square())
dW = x.T @ dz
db = dz.sum(dim=0)
print(torch.allclose(dh, h.grad), torch.allclose(dW, W.grad), torch.allclose(db, b.grad))
print((dW - W.grad).abs().max().item(), (db - b.grad).abs().max().item())
print(db, b.grad)
