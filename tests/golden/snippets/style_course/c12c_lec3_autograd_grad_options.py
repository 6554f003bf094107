# Lecture: torch.autograd.grad options: allow_unused, materialize_grads, grad_outputs, retain_graph.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
c = torch.tensor(4.0, requires_grad=True)
y = a * b
try:
    torch.autograd.grad(y, [a, c])
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(y, [a, c], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(y, [a, c], allow_unused=True, materialize_grads=True, retain_graph=True))
v = torch.stack([a * b, a + b])
print(torch.autograd.grad(v, [a, b], grad_outputs=torch.tensor([1.0, 10.0]), retain_graph=True))
print(torch.autograd.grad([y, a ** 2], [a]))
print(a.grad, b.grad)
