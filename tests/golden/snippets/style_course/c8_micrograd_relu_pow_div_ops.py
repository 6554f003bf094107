# More micrograd operations checked against torch: relu, pow, division via pow(-1), exp, chained reuse.
import torch

a = torch.tensor(-4.0, requires_grad=True)
b = torch.tensor(2.0, requires_grad=True)
c = a + b
d = a * b + b**3
c = c + c + 1
c = c + 1 + c + (-a)
d = d + d * 2 + (b + a).relu()
d = d + 3 * d + (b - a).relu()
e = c - d
f = e**2
g = f / 2.0
g = g + 10.0 / f
print(f'{g.data.item():.4f}')
g.backward()
print(f'{a.grad.item():.4f}')
print(f'{b.grad.item():.4f}')
x = torch.tensor(3.0, requires_grad=True)
y = x * (x + 1) ** -1
y.backward()
print(y.item(), x.grad.item())
z = torch.tensor(-1.5, requires_grad=True)
r = z.relu() + z.exp()
r.backward()
print(r.item(), z.grad.item())
