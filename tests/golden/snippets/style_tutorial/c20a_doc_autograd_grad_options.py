# torch.autograd.grad: grad_outputs, retain_graph, allow_unused, materialize_grads
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
z = torch.tensor(1.0, requires_grad=True)
y = x ** 2
print(torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y), retain_graph=True))
print(torch.autograd.grad(y.sum(), [x, z], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(y.sum(), [x, z], allow_unused=True, materialize_grads=True))
try:
    torch.autograd.grad(y.sum(), x)
except RuntimeError as e:
    print(e)
