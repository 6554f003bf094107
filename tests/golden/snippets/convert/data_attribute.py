import torch

x = torch.tensor([1., 2.], requires_grad=True)
print(x.data)
print(x.data.requires_grad)
x.data *= 2
print(x)
y = x ** 2
print(y.data, y.grad_fn)
