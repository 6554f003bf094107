import torch

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = (x ** 2).sum()
g = torch.autograd.grad(y, x)
print(g)
print(type(g).__name__, len(g))
print(x.grad)
a = torch.tensor(1., requires_grad=True)
b = torch.tensor(2., requires_grad=True)
print(torch.autograd.grad(a * b, [a, b]))
