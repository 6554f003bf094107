import torch

x = torch.tensor([-2., 3., -1., 4.], requires_grad=True)
y = torch.where(x > 0, x ** 2, -x)
print(y)
y.sum().backward()
print(x.grad)
