# micrograd lecture: check our hand-derived gradients against torch at full precision.
import torch

x1 = torch.tensor([2.0]).double(); x1.requires_grad = True
x2 = torch.tensor([0.0]).double(); x2.requires_grad = True
w1 = torch.tensor([-3.0]).double(); w1.requires_grad = True
w2 = torch.tensor([1.0]).double(); w2.requires_grad = True
b = torch.tensor([6.8813735870195432]).double(); b.requires_grad = True
n = x1 * w1 + x2 * w2 + b
# tanh written out with exp, the way the lecture does it the second time
e = (2 * n).exp()
o = (e - 1) / (e + 1)
o.backward()
print(o.data.item())
print('---')
print('x2', x2.grad.item())
print('w2', w2.grad.item())
print('x1', x1.grad.item())
print('w1', w1.grad.item())
print('b ', b.grad.item())

# the same chain in float32 with pow and division
a = torch.tensor(-4.0, requires_grad=True)
c = torch.tensor(2.0, requires_grad=True)
d = a * c + c ** 3
d = d + d * 2 + (c + a).relu()
f = d ** 2 / 2.0
g = f / 3.0 + 10.0 / f
print(f"{g.data.item():.4f}")
g.backward()
print(f"{a.grad.item():.4f}", f"{c.grad.item():.4f}")
print(a.grad.item(), c.grad.item())
