import torch
from torch.autograd.graph import register_multi_grad_hook

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, 4.0], requires_grad=True)
c = a * b
d = a * b

def fn(grads):
    print([None if g is None else g.tolist() for g in grads])

handle = register_multi_grad_hook((a, b, c, d), fn)
c.sum().backward(retain_graph=True)
c.sum().backward(inputs=(a,), retain_graph=True)
try:
    print(torch.autograd.grad(d.sum(), b, retain_graph=True))
except RuntimeError as e:
    print("RuntimeError", e)
print(torch.autograd.grad(d.sum(), d, retain_graph=True))
handle.remove()
c.sum().backward(retain_graph=True)
print("removed", type(handle).__name__)

h = register_multi_grad_hook((c, d), lambda g: print("first", g), mode="any")
(c + d).sum().backward(retain_graph=True)
(c * 0 + d).sum().backward()
try:
    register_multi_grad_hook((a,), fn, mode="some")
except ValueError as e:
    print("ValueError", e)
