# backprop ninja: gradients of a linear -> tanh -> linear -> cross-entropy, by hand, compared with autograd via cmp.
import torch
import torch.nn.functional as F

def cmp(s, dt, t):
    ex = torch.all(dt == t.grad).item()
    app = torch.allclose(dt, t.grad)
    maxdiff = (dt - t.grad).abs().max().item()
    print(f"{s:15s} | exact: {str(ex):5s} | approximate: {str(app):5s} | maxdiff: {maxdiff < 1e-6}")

g = torch.Generator().manual_seed(2147483647)
n, n_in, n_h, n_out = 8, 6, 10, 5
X = torch.randn(n, n_in, generator=g)
Y = torch.randint(0, n_out, (n,), generator=g)
W1 = (torch.randn(n_in, n_h, generator=g) * 0.3).requires_grad_()
b1 = (torch.randn(n_h, generator=g) * 0.1).requires_grad_()
W2 = (torch.randn(n_h, n_out, generator=g) * 0.1).requires_grad_()
b2 = (torch.randn(n_out, generator=g) * 0.1).requires_grad_()

hpre = X @ W1 + b1
h = torch.tanh(hpre)
logits = h @ W2 + b2
loss = F.cross_entropy(logits, Y)
for t in (hpre, h, logits):
    t.retain_grad()
loss.backward()
print(loss.item())

dlogits = F.softmax(logits, 1)
dlogits[range(n), Y] -= 1
dlogits /= n
dh = dlogits @ W2.T
dW2 = h.T @ dlogits
db2 = dlogits.sum(0)
dhpre = (1.0 - h ** 2) * dh
dW1 = X.T @ dhpre
db1 = dhpre.sum(0)
for name, d, t in [("logits", dlogits, logits), ("h", dh, h), ("W2", dW2, W2), ("b2", db2, b2),
                   ("hpre", dhpre, hpre), ("W1", dW1, W1), ("b1", db1, b1)]:
    cmp(name, d, t)
