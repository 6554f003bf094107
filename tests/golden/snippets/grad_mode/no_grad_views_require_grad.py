# A view of a parameter made under no_grad still requires grad (printed requires_grad=True) but has no grad_fn; gradients sent to it are dropped.
import torch
w = torch.nn.Parameter(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
with torch.no_grad():
    a = w[0]
    print(a)
    print(w.T, w.view(-1), w.reshape(4), w[:, 1], w.t().contiguous(), w * 1)
    b = w.detach()
print(a, a.requires_grad, a.is_leaf, a.grad_fn)
print(b.requires_grad)
c = a * 2
print(c, c.requires_grad)
c.sum().backward()
print(w.grad)
with torch.no_grad():
    u = w.unsqueeze(0)
    s = w.squeeze()
    e = w.expand(2, 2, 2)
    d = w.diagonal()
    n = w.narrow(0, 0, 1)
    sp = w.split(1)
print(u.requires_grad, s.requires_grad, e.requires_grad, d.requires_grad, n.requires_grad, sp[0].requires_grad)
with torch.no_grad():
    a = w[0]
c = a * 2
print(c.grad_fn.next_functions)
c.sum().backward()
print(a.grad, w.grad)
h = w * 2
with torch.no_grad():
    v = h[0]
print(v, v.requires_grad, v.is_leaf)
r = (v * 3).sum()
print(r, r.grad_fn.next_functions)
r.backward()
print(w.grad)
try:
    v.retain_grad()
except RuntimeError as e:
    print(e)
print(a.detach().requires_grad, a.clone().requires_grad, a.clone().grad_fn)
with torch.no_grad():
    print(a.requires_grad, (a + 1).requires_grad)
with torch.no_grad():
    q = torch.ones(3).view(3)
print(q.requires_grad)
with torch.no_grad():
    ww = w.data[0]
    vv = w[0].detach()
print(ww.requires_grad, vv.requires_grad)
with torch.no_grad():
    it = [row for row in w]
    t = w.T
print(it[0].requires_grad, it[0], t)
try:
    a.grad = torch.ones(2)
    print(a.grad)
except RuntimeError as e:
    print(e)
