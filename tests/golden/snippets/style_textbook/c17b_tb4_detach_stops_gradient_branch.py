# detach() cuts one branch: only the other branch carries the gradient.
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
z = y.detach() * x
z.backward()
print(z, x.grad)
x.grad = None
z2 = y * x
z2.backward()
print(z2, x.grad)
print(y.detach().requires_grad, y.detach().grad_fn, y.detach()._version)
