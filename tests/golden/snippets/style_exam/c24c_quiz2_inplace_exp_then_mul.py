# Quiz B36: which in-place ops are safe after which?
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
b = a * 1
b.mul_(3)
b.add_(1)
b.sum().backward()
print(a.grad, b.grad_fn.name(), b._version)
c = (a * 1).pow_(2)
c.sum().backward()
print(a.grad)
