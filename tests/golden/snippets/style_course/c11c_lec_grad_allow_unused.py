# Lecture: autograd.grad with inputs that do not take part - allow_unused and materialize_grads.
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
c = torch.tensor(4.0, requires_grad=True)
out = a * b
try:
    torch.autograd.grad(out, [a, b, c])
except RuntimeError as e:
    print("RuntimeError:", e)
out = a * b
print(torch.autograd.grad(out, [a, b, c], allow_unused=True))
out = a * b
print(torch.autograd.grad(out, [a, b, c], allow_unused=True, materialize_grads=True))
out = a * b
ga, = torch.autograd.grad(out, a, retain_graph=True)
gb, = torch.autograd.grad(out, b)
print(ga, gb)
out = a ** 2 * b
print(torch.autograd.grad([out, a * c], [a, c]))
out = a ** 2 * b
print(torch.autograd.grad(out * 0 + a * c, (a,), grad_outputs=torch.tensor(2.0)))
print(a.grad, b.grad, c.grad)
