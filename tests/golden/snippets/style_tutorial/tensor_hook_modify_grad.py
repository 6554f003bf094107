# A tensor hook that changes the gradient flowing back, and one that only prints it.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x.register_hook(lambda g: g * 10)
y = (x ** 2).sum()
y.backward()
print(x.grad)
h.remove()
x.grad = None
(x ** 2).sum().backward()
print(x.grad)
z = x * 3
z.register_hook(lambda g: print('dz', g))
z.retain_grad()
w = z.exp().sum()
w.backward()
print(z.grad.shape, z.is_leaf, x.grad[0])
