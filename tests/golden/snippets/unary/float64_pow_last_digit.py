# float64 powers with exponents other than 2 and 3 (x ** 4, x ** 2.5, 2.0 ** t, t ** t) to the last digit, and their gradients.
import torch

x = torch.tensor(1.2, dtype=torch.float64, requires_grad=True)
for e in [2, 3, 4, 5, 0.5, 2.5, -1, -2, 7, 1.7]:
    y = x ** e
    (g,) = torch.autograd.grad(y, x)
    print(e, repr(y.item()), repr(g.item()))
y = 0.5 * x ** 4 - x ** 2 + 0.1
(g,) = torch.autograd.grad(y, x)
print(repr(y.item()), repr(g.item()))
xs = torch.linspace(0.1, 3, 7, dtype=torch.float64)
print((xs ** 4).tolist())
print((xs ** 1.7).tolist())
print((2.0 ** xs).tolist())
print((xs ** xs).tolist())
print(torch.pow(xs, torch.full((7,), 3.3, dtype=torch.float64)).tolist())
w = torch.tensor(1.5, dtype=torch.float64, requires_grad=True)
for i in range(5):
    f = 0.5 * w ** 4 - w ** 2 + 0.1
    (g,) = torch.autograd.grad(f, w)
    with torch.no_grad():
        w -= 0.1 * g
    print(i, repr(w.item()))
