import torch

x = torch.tensor(3., requires_grad=True)
y = x * x + x
y.backward()
print(x.grad)
a = torch.tensor([1., 2.], requires_grad=True)
b = a * 2
c = b + b * b
c.sum().backward()
print(a.grad)
