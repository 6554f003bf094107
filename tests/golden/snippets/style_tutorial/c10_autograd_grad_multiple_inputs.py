# torch.autograd.grad with several inputs and outputs, grad_outputs, retain_graph and allow_unused.
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([3.0, -1.0], requires_grad=True)
c = torch.tensor(0.5, requires_grad=True)
u = (a * b).sum()
v = (a ** 2 * c).sum()
ga, gb = torch.autograd.grad(u, [a, b], retain_graph=True)
print(ga, gb)
print(torch.autograd.grad([u, v], [a], retain_graph=True))
print(torch.autograd.grad(v, (a, c), retain_graph=True))
w = a * b
print(torch.autograd.grad(w, a, grad_outputs=torch.tensor([1.0, 10.0]), retain_graph=True))
try:
    torch.autograd.grad(w, a, retain_graph=True)
except RuntimeError as e:
    print("RuntimeError:", e)
unused = torch.tensor(1.0, requires_grad=True)
try:
    torch.autograd.grad(u, [a, unused], retain_graph=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.autograd.grad(u, [a, unused], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(u, [a, unused], allow_unused=True, materialize_grads=True))
print(a.grad, b.grad)
(g,) = torch.autograd.grad(v, a, create_graph=True)
print(g, g.requires_grad)
(h,) = torch.autograd.grad(g.sum(), c)
print(h)
try:
    torch.autograd.grad(v, a)
except RuntimeError as e:
    print("RuntimeError:", str(e)[:80])
