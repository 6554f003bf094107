# Quiz 27: view + in-place changes the base's grad_fn
import torch

x = torch.ones(2, 3, requires_grad=True)
y = x * 1
v = y[0]
v.mul_(5)
print(y.grad_fn.name(), v.grad_fn.name())
y.sum().backward()
print(x.grad)
