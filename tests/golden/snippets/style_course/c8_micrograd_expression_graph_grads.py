# Rebuilding the lecture's scalar expression graph in torch and reading every node's gradient.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(-3.0, requires_grad=True)
c = torch.tensor(10.0, requires_grad=True)
f = torch.tensor(-2.0, requires_grad=True)
e = a * b
e.retain_grad()
d = e + c
d.retain_grad()
L = d * f
L.retain_grad()
print('L', L.data.item(), L.grad_fn)
L.backward()
for name, t in [('a', a), ('b', b), ('c', c), ('d', d), ('e', e), ('f', f), ('L', L)]:
    print(f"{name}: data={t.data.item():.4f} grad={t.grad.item():.4f}")

# one step "uphill": nudge the leaves along their gradients
with torch.no_grad():
    for t in (a, b, c, f):
        t += 0.01 * t.grad
    e = a * b
    d = e + c
    L = d * f
print('new L', L.item())
print(L.requires_grad, L.grad_fn)
