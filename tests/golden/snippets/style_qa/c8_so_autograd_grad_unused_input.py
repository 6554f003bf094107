# Q: torch.autograd.grad: "One of the differentiated Tensors appears to not have been used in the graph".
import torch

x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
z = x ** 3
try:
    torch.autograd.grad(z, [x, y])
except RuntimeError as e:
    print("RuntimeError:", e)
z = x ** 3
gx, gy = torch.autograd.grad(z, [x, y], allow_unused=True)
print(gx, gy)
z = x ** 3
g, = torch.autograd.grad(z, x, create_graph=True)
print(g, g.requires_grad)
g2, = torch.autograd.grad(g, x)
print(g2)
z = x ** 3
dz = torch.autograd.grad(z, x)[0]
print(dz.requires_grad)
try:
    torch.autograd.grad(dz, x)
except RuntimeError as e:
    print("RuntimeError:", e)
gx, gy = torch.autograd.grad(x * y, [x, y], materialize_grads=True)
print(gx, gy)
