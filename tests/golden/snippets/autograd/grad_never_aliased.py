import torch

# .grad may take the computed gradient without a copy, but never memory someone else can see.
a = torch.ones(3, requires_grad=True)
b = torch.ones(3, requires_grad=True)
(a + b).sum().backward()
a.grad.add_(10)
print(a.grad, b.grad)

x = torch.ones(2, 2, requires_grad=True)
g = torch.full((2, 2), 3.)
x.backward(g)
g.zero_()
print(x.grad)

kept = []
w = torch.ones(3, requires_grad=True)
w.register_hook(lambda grad: kept.append(grad))
(w * 2).sum().backward()
w.grad.mul_(5)
print(w.grad, kept[0])

v = torch.ones(4, requires_grad=True)
y = v * 1
y.backward(torch.arange(4.))
v.grad[0] = 100
print(v.grad)

p = torch.ones(2, 3, requires_grad=True)
q = p.view(6) * 2
r = p * 3
(q.sum() + r.sum()).backward()
print(p.grad)

s = torch.ones(3, requires_grad=True)
t = s * 2
t.retain_grad()
(t * 1).sum().backward()
t.grad.add_(1)
print(s.grad, t.grad)
