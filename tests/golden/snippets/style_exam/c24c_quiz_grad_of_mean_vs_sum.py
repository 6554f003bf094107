# Quiz 37: mean vs sum gradient
import torch

x = torch.arange(1.0, 9.0).reshape(2, 4).requires_grad_()
x.mean().backward()
print(x.grad)
x.grad = None
x.sum(dim=1).mean().backward()
print(x.grad)
x.grad = None
x.std().backward()
print(x.grad.shape, x.grad.dtype)
