# Hessian-vector product of the loss with respect to the input (double backward)
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
loss = x[0] ** 2 * x[1] + x[1] ** 3
g, = torch.autograd.grad(loss, x, create_graph=True)
v = torch.tensor([1.0, 0.0])
hv, = torch.autograd.grad(g, x, grad_outputs=v)
print(g, hv)
H = torch.autograd.functional.hessian(lambda t: t[0] ** 2 * t[1] + t[1] ** 3, x.detach())
print(H, H @ v)
