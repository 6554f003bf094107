# Q: gradients through expand/broadcasting are summed - why is my bias grad 4 times bigger?
import torch

b = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.ones(4, 2)
(x + b).sum().backward()
print(b.grad)
b.grad = None
b.expand(4, 2).sum().backward()
print(b.grad)
b.grad = None
b.repeat(3, 1).pow(2).sum().backward()
print(b.grad)
s = torch.tensor(0.5, requires_grad=True)
(torch.arange(6.0).view(2, 3) * s).sum().backward()
print(s.grad)
c = torch.tensor([[1.0], [2.0]], requires_grad=True)
(c * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(c.grad)
