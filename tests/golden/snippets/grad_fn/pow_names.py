import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([3., 4.], requires_grad=True)
print((x ** 2).grad_fn)
print((x ** y).grad_fn)
print((2 ** x).grad_fn)
print(torch.pow(x, 3).grad_fn.name())
print(torch.pow(x, y).grad_fn.name())
print(torch.pow(2, x).grad_fn.name())
print(x.pow(0.5).grad_fn.name(), x.sqrt().grad_fn.name(), x.square().grad_fn.name())
