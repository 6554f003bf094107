import torch

x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
x.sum().backward()
print(x.grad)
x.grad = None
x.mean().backward()
print(x.grad)
x.grad = None
x.max().backward()
print(x.grad)
x.grad = None
x.prod().backward()
print(x.grad)
