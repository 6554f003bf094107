# Quiz: only some pieces of a split are used. What is the gradient?
import torch

x = torch.arange(6.0, requires_grad=True)
a, b, c = x.split(2)
(a * 10 + c).sum().backward()
print(x.grad)
y = torch.ones(2, 3, requires_grad=True)
r0, r1 = y.unbind(0)
(r1 * 2).sum().backward()
print(y.grad)
