# cumprod and prod gradients when an element is exactly zero.
import torch

x = torch.tensor([2.0, 0.0, 3.0], requires_grad=True)
x.prod().backward()
print(x.grad)
x.grad = None
x.cumprod(0).sum().backward()
print(x.grad)
y = torch.tensor([0.0, 0.0, 3.0], requires_grad=True)
y.prod().backward()
print(y.grad)
