import torch

x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
x[[0, 0, 2]].sum().backward()
print(x.grad)
x.grad = None
x[1:3].sum().backward()
print(x.grad)
x.grad = None
(x[x > 2] * 10).sum().backward()
print(x.grad)
x.grad = None
x[-1].backward()
print(x.grad)
