# Setting requires_grad after computing y does not make y track x.
import torch

x = torch.ones(2)
y = x * 3
x.requires_grad = True
print(y.requires_grad, y.grad_fn)
z = x * 3
print(z.requires_grad, z.grad_fn)
z.sum().backward()
print(x.grad)
