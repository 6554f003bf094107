# torch.autograd.grad: several inputs, allow_unused, create_graph for second derivatives, grad_outputs.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(-1.0, requires_grad=True)
z = torch.tensor(5.0, requires_grad=True)
f = x ** 3 * y + torch.exp(y)

dx, dy = torch.autograd.grad(f, (x, y), create_graph=True)
print(dx, dy)
d2x, = torch.autograd.grad(dx, x, retain_graph=True)
print("d2f/dx2:", d2x)
dxy, = torch.autograd.grad(dx, y)
print("d2f/dxdy:", dxy)

try:
    torch.autograd.grad(f, z)
except RuntimeError as e:
    print("RuntimeError:", e)
g = torch.autograd.grad(x ** 2, [x, z], allow_unused=True)
print(g)
g = torch.autograd.grad(x ** 2, [x, z], allow_unused=True, materialize_grads=True)
print(g)

v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out = v * v
(jvp,) = torch.autograd.grad(out, v, grad_outputs=torch.tensor([1.0, 0.0, -1.0]))
print(jvp)
try:
    torch.autograd.grad(out, v)
except RuntimeError as e:
    print("RuntimeError:", e)
print(v.grad, x.grad)
