# Backpropagation chapter: f = (x*y + sin x) * exp(y) as a graph; every intermediate gradient checked by hand.
import torch

x = torch.tensor(1.2, dtype=torch.float64, requires_grad=True)
y = torch.tensor(-0.7, dtype=torch.float64, requires_grad=True)
a = x * y
b = torch.sin(x)
c = a + b
d = torch.exp(y)
f = c * d
for t in (a, b, c, d):
    t.retain_grad()
f.backward()
print(f.item())
print("df/dc", c.grad.item(), d.item())
print("df/dd", d.grad.item(), c.item())
print("df/da", a.grad.item(), "df/db", b.grad.item())
dx = d * (y + torch.cos(x))
dy = d * x + c * d
print(x.grad.item(), dx.item(), torch.isclose(x.grad, dx).item())
print(y.grad.item(), dy.item(), torch.isclose(y.grad, dy).item())
print(f.grad_fn.name(), [n[0].name() for n in f.grad_fn.next_functions])
print(c.grad_fn.next_functions[0][0].next_functions)
