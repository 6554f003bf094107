import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([3., 4.], requires_grad=True)
print((x * y).grad_fn.name())
print((x * 2).grad_fn.name())
print((x / y).grad_fn.name())
print((x / 2).grad_fn.name())
print((2 / x).grad_fn.name())
print((-x).grad_fn.name())
print(x.mul(y).grad_fn.name(), torch.div(x, y).grad_fn.name())
