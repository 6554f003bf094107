# torch.autograd.grad with grad_outputs gives a vector-Jacobian product.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] * x[2], x[0] + x[2]])
v = torch.tensor([1.0, 10.0, 100.0])
(vjp,) = torch.autograd.grad(y, x, grad_outputs=v, retain_graph=True)
print(vjp)
rows = [torch.autograd.grad(y[i], x, retain_graph=True)[0] for i in range(3)]
J = torch.stack(rows)
print(J)
print(v @ J)
