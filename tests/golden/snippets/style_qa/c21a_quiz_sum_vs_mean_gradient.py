# Quiz: gradient of sum versus mean over 4 elements.
import torch

x = torch.ones(2, 2, requires_grad=True)
x.sum().backward()
print(x.grad)
x.grad = None
x.mean().backward()
print(x.grad)
x.grad = None
x.mean(dim=0).sum().backward()
print(x.grad)
