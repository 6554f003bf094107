# Tensor.backward with gradient, retain_grad on non-leaves, register_hook
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
y.retain_grad()
z = (y ** 2)
h = y.register_hook(lambda g: print("hook got", g))
z.backward(gradient=torch.tensor([1.0, 0.1]))
print(x.grad, y.grad)
h.remove()
print(y.grad_fn, z.grad_fn.name())
print(x.grad_fn, y.is_leaf, y.requires_grad)
