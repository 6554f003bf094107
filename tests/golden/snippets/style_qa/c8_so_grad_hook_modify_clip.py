# Q: how to modify or inspect gradients during backward: Tensor.register_hook returning a new grad.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x.register_hook(lambda g: g * 2)
y = (x ** 2).sum()
y.backward()
print(x.grad)
h.remove()
x.grad = None
(x ** 2).sum().backward()
print(x.grad)

seen = []
a = torch.tensor([0.5, -0.5], requires_grad=True)
b = a * 3
b.register_hook(lambda g: seen.append(g.clone()))
b.register_hook(lambda g: g.clamp(-1, 1))
(b * 10).sum().backward()
print(seen, a.grad)
w = torch.nn.Parameter(torch.ones(2))
w.register_hook(lambda g: print("grad of w:", g))
(w * torch.tensor([4.0, -7.0])).sum().backward()
print(w.grad)
try:
    torch.ones(2).register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
