# Q: retain_grad() must be called before backward; register_hook handles; removing a hook; hooks on leaves.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
z = y.sum()
z.backward(retain_graph=True)
y.retain_grad()
print(y.grad)
z.backward()
print(y.grad, x.grad)
seen = []
w = torch.tensor([1.0, -1.0], requires_grad=True)
h = w.register_hook(lambda g: seen.append(g.clone()))
(w * 3).sum().backward()
h.remove()
(w * 5).sum().backward()
print(seen, w.grad)
h2 = w.register_hook(lambda g: g * 0)
w.grad = None
(w ** 2).sum().backward()
print(w.grad)
h2.remove()
v = torch.ones(2, requires_grad=True)
u = v * 2
u.register_hook(lambda g: print("u grad", g))
u.retain_grad()
(u * torch.tensor([3.0, 4.0])).sum().backward()
print(u.grad, v.grad, u.is_leaf)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print(e)
